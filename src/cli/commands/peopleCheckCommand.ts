import { peopleDirectoryOf } from '../../graph/peopleDirectoryOf';
import { peopleCheckText } from '../../i18n/peopleMessages';
import { MongoConversationRepository } from '../../storage/mongo/people/MongoConversationRepository';
import { MongoReachabilityRepository } from '../../storage/mongo/people/MongoReachabilityRepository';
import { checkPeople } from '../../usecases/people/checkPeople';
import type { CliCommand } from '../CliContext';
import { planSelection, yearOption } from './planSelection';

export const peopleCheckCommand: CliCommand = {
  name: 'people check',
  usage: 'ikbot people check [--plan <id>] [--year <y>]',
  description:
    'For every person in the plan: can ikbot reach them in Teams, and if not, why (uses Microsoft Graph when configured).',
  run: async (context) => {
    const stored = await planSelection(context, yearOption(context, false));
    if (!stored) return 1;
    const { db } = await context.database();
    const directory = peopleDirectoryOf(context.config);
    const reaches = await checkPeople(stored.plan, {
      conversations: new MongoConversationRepository(db),
      reachability: new MongoReachabilityRepository(db),
      ...(directory ? { directory } : {}),
    });
    const lines = [
      peopleCheckText('sv', stored.plan.id, reaches),
      '',
      peopleCheckText('en', stored.plan.id, reaches),
    ];
    if (!directory) {
      lines.push(
        '',
        'Microsoft Graph är inte inställt (IKBOT_GRAPH_CREDENTIAL): kontot och appinstallationen kan inte kontrolleras.',
        'Microsoft Graph is not configured (IKBOT_GRAPH_CREDENTIAL): accounts and app installations cannot be checked.',
      );
    }
    context.out.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
