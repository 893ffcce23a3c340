import type { Config } from '../config/readConfig';
import type { PeopleDirectory } from '../domain/ports/PeopleDirectory';
import { GraphPeopleDirectory } from './GraphPeopleDirectory';

/** The Graph directory when IKBOT_GRAPH_* is configured; undefined otherwise (the features say what they cannot do). */
export function peopleDirectoryOf(config: Config): PeopleDirectory | undefined {
  return config.graph ? new GraphPeopleDirectory(config.graph) : undefined;
}
