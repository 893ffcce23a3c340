import { existsSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedMongoInstall {
  /** The java class path: the compiled launcher and every jar. */
  classPath: string;
}

export class EmbeddedMongoNotInstalledError extends Error {
  constructor(folder: string) {
    super(
      `The embedded database (mongo-java-server) is not installed in ${folder}. ` +
        "Run 'npm run db:install' (needs Java 17+ and Maven: 'sudo apt-get install openjdk-17-jdk-headless maven'), " +
        'or set MONGODB_URI to a MongoDB 6+ server.',
    );
  }
}

/** Where scripts/install-embedded-db.sh put the launcher and its jars: <projectRoot>/.bin/embedded-mongo. */
export function findEmbeddedMongo(projectRoot: string): EmbeddedMongoInstall {
  const folder = path.join(projectRoot, '.bin', 'embedded-mongo');
  const classes = path.join(folder, 'classes');
  if (!existsSync(path.join(classes, 'EmbeddedMongo.class')) || !existsSync(path.join(folder, 'lib'))) {
    throw new EmbeddedMongoNotInstalledError(folder);
  }
  return { classPath: `${classes}${path.delimiter}${path.join(folder, 'lib', '*')}` };
}
