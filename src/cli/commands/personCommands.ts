import { writeFile } from 'node:fs/promises';
import { MongoPersonalData } from '../../storage/personalData/MongoPersonalData';
import { CliUsageError, type CliCommand, type CliContext } from '../CliContext';
import { toExportable } from './toExportable';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function objectIdOf(context: CliContext, usage: string): string {
  const id = context.args[0] ?? '';
  if (!GUID.test(id))
    throw new CliUsageError(
      `Ange personens objekt-id i Entra ID (ett GUID), t.ex. ${usage}.\n` +
        `Give the person's Entra ID object id (a GUID), e.g. ${usage}.`,
    );
  return id;
}

/** `ikbot person export <object id>`: everything stored about a person, as JSON (GDPR right of access). */
export const personExportCommand: CliCommand = {
  name: 'person export',
  usage: 'ikbot person export <object id> [--out <file.json>]',
  description:
    "Writes everything stored about a person (every document that mentions the object id, the person's names, e-mail or Teams id) as JSON.",
  run: async (context) => {
    const aadObjectId = objectIdOf(context, 'ikbot person export 8f2e…');
    const { db } = await context.database();
    const store = new MongoPersonalData(db);
    const person = await store.identify(aadObjectId);
    const found = await store.mentions(person);
    const json = JSON.stringify(
      { person, exportedAt: context.now().toISOString(), documents: found.map(toExportable) },
      null,
      2,
    );
    const out = context.options.out;
    if (typeof out === 'string') {
      await writeFile(out, `${json}\n`);
      context.err.write(
        `${found.length} dokument skrivna till ${out}. / ${found.length} documents written to ${out}.\n`,
      );
    } else context.out.write(`${json}\n`);
    return 0;
  },
};

/**
 * `ikbot person erase <object id>`: removes the person's conversation references and temporary report
 * files and pseudonymises every other mention; results and audit entries stay, attributed to the
 * pseudonym (see docs/personal-data.md). Appends a "person.erased" audit entry that names only the
 * pseudonym.
 */
export const personEraseCommand: CliCommand = {
  name: 'person erase',
  usage: 'ikbot person erase <object id>',
  description:
    'Erases a person: removes their conversation references, replaces their names and ids everywhere else with a pseudonym (results and the audit trail stay). Prints a JSON summary.',
  run: async (context) => {
    const aadObjectId = objectIdOf(context, 'ikbot person erase 8f2e…');
    const { db } = await context.database();
    const { audit } = await context.repositories();
    const store = new MongoPersonalData(db);
    const summary = await store.erase(await store.identify(aadObjectId));
    await audit.append({
      at: context.now(),
      actor: { system: 'ikbot person erase' },
      action: 'person.erased',
      subject: `person:${summary.pseudonym.aadObjectId}`,
      details: {
        pseudonym: summary.pseudonym.name,
        deleted: summary.deleted,
        pseudonymised: summary.pseudonymised,
      },
    });
    context.out.write(`${JSON.stringify(summary)}\n`);
    return 0;
  },
};
