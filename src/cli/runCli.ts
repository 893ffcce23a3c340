import path from 'node:path';
import { ConfigError, loadEnv, readConfig } from '../config/readConfig';
import { MongoAuditLog } from '../storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../storage/mongo/plans/MongoPlanRepository';
import { openDatabase, type Database } from '../storage/mongo/database/openDatabase';
import { cliCommands } from './cliCommands';
import { CliUsageError, type CliCommand, type CliContext } from './CliContext';
import { parseArgs } from './parseArgs';

function usage(commands: CliCommand[]): string {
  return [
    'Usage: ikbot <command> [options]',
    '',
    ...commands.map((command) => `  ${command.usage.padEnd(58)} ${command.description}`),
    '',
    'The database is MONGODB_URI, or the embedded local database when it is unset (see .env.example).',
  ].join('\n');
}

export interface RunCliOptions {
  env?: NodeJS.ProcessEnv;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
  now?: () => Date;
  commands?: CliCommand[];
}

/** Runs one CLI invocation and returns its exit code (0 ok, 1 failed, 2 bad usage or configuration). */
export async function runCli(argv: string[], options: RunCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const commands = options.commands ?? cliCommands;
  const { positional, options: flags } = parseArgs(argv);
  const command = [...commands]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((candidate) => candidate.name.split(' ').every((word, i) => positional[i] === word));
  if (!command || flags.help) {
    (command ? out : err).write(
      `${command ? `${command.usage}\n  ${command.description}` : usage(commands)}\n`,
    );
    return command ? 0 : 2;
  }
  let config;
  try {
    config = readConfig(options.env ?? loadEnv(), { serving: false });
  } catch (error) {
    if (error instanceof ConfigError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let database: Database | undefined;
  const projectRoot = path.resolve(__dirname, '../..');
  const context: CliContext = {
    args: positional.slice(command.name.split(' ').length),
    options: flags,
    config,
    out,
    err,
    now: options.now ?? (() => new Date()),
    database: async () => {
      database ??= await openDatabase({
        mongodbUri: config.mongodbUri,
        mongodbDb: config.mongodbDb,
        dataDir: path.resolve(projectRoot, config.dataDir),
        projectRoot,
      });
      return database;
    },
    repositories: async () => {
      const { db } = await context.database();
      return {
        plans: new MongoPlanRepository(db),
        occasions: new MongoOccasionRepository(db),
        audit: new MongoAuditLog(db),
      };
    },
  };
  try {
    return await command.run(context);
  } catch (error) {
    if (error instanceof CliUsageError) {
      err.write(`${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    err.write(`ikbot ${command.name} failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}
