// The values a conversation's earlier messages hold, read as the remote boundary reads them, for a turn that is scanned on
// its own: "서준도 같이 가요" names the 박서준 of an earlier turn.
import { EarlierValues, scanPii, withEarlierRepeats } from '../pii/index.ts';
import { policyScanOptions, type GuardPolicy } from '../policy/index.ts';
import { rememberScan } from './scan-memory.ts';

/**
 * Each of `texts` in order, scanned alone with the policy's options (remembered in `scope`, as `boundaryChatModel` does,
 * which then reads them from memory) and then for the values before it.
 *
 * @example
 * const earlier = conversationValues({ policy, scope: 'ws_1', texts: ['제 아들 이름은 박서준이에요'] });
 * withEarlierRepeats('서준도 같이 가요', scanPii('서준도 같이 가요'), earlier); // [{ type: 'PERSON', text: '서준', … }]
 */
export function conversationValues(options: { policy: GuardPolicy; scope?: string; texts: readonly string[] }): EarlierValues {
  const { policy, scope } = options;
  const scanOptions = policyScanOptions(policy);
  const earlier = new EarlierValues();
  for (const text of options.texts) {
    const scan = () => scanPii(text, scanOptions);
    const findings = scope === undefined ? scan() : rememberScan({ policy, scope, answer: '', text }, scan);
    earlier.add(withEarlierRepeats(text, findings, earlier));
  }
  return earlier;
}
