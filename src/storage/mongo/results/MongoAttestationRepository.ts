import { MongoServerError, type Collection, type Db } from 'mongodb';
import type { Attestation, AttestationRepository } from '../../../domain/ports/AttestationRepository';

type AttestationDocument = Attestation & { _id: string };

const idOf = (occasionId: string, resultVersion: number) => `${occasionId}#v${resultVersion}`;

/** Attestations by _id "<occasionId>#v<version>": insertOne, so a version is decided once. */
export class MongoAttestationRepository implements AttestationRepository {
  private readonly attestations: Collection<AttestationDocument>;

  constructor(db: Db) {
    this.attestations = db.collection<AttestationDocument>('attestations');
  }

  async record(attestation: Attestation): Promise<boolean> {
    try {
      await this.attestations.insertOne({
        _id: idOf(attestation.occasionId, attestation.resultVersion),
        ...attestation,
      });
      return true;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === 11000) return false;
      throw error;
    }
  }

  async decisionsFor(
    versions: ReadonlyArray<{ occasionId: string; resultVersion: number }>,
  ): Promise<Attestation[]> {
    if (versions.length === 0) return [];
    const documents = await this.attestations
      .find({ _id: { $in: versions.map((v) => idOf(v.occasionId, v.resultVersion)) } })
      .toArray();
    return documents.map(({ _id, ...attestation }) => attestation);
  }
}
