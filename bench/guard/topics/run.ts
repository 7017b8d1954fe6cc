// Topic-policy bench: detection rate on on-topic paraphrases and false-positive rate on customer-service messages, for
// genstack's topic policy and the keyword-moderation peer; prints one JSON line.
import { createTopicPolicy, topicPacks } from '../../../src/guard/topics/index.ts';
import { keywordPeerName, keywordTopics } from './keyword-peer.ts';
import { offTopicMessages, onTopicMessages } from './labelled-set.ts';

const policy = createTopicPolicy({ topics: Object.values(topicPacks) });
const perTopic: Record<string, { caught: number; total: number }> = {};
const missed: string[] = [];
for (const [topic, messages] of Object.entries(onTopicMessages)) {
  const tally = { caught: 0, total: messages.length };
  for (const message of messages) {
    if (policy.check(message).matched.some((match) => match.topic === topic)) tally.caught += 1;
    else missed.push(`${topic}: ${message}`);
  }
  perTopic[topic] = tally;
}
const falsePositives = offTopicMessages.flatMap((message) => {
  const verdict = policy.check(message);
  return verdict.action === 'pass' ? [] : [`${verdict.matched[0]?.topic}: ${message}`];
});
const positives = Object.values(perTopic).reduce((sum, tally) => sum + tally.total, 0);
const caught = Object.values(perTopic).reduce((sum, tally) => sum + tally.caught, 0);
// The peer on the same messages: a message is caught by its topic's keywords, and any keyword flags an ordinary one.
const peerPerTopic: Record<string, { caught: number; total: number }> = {};
for (const [topic, messages] of Object.entries(onTopicMessages))
  peerPerTopic[topic] = { caught: messages.filter((message) => keywordTopics(message).includes(topic)).length, total: messages.length };
const peerCaught = Object.values(peerPerTopic).reduce((sum, tally) => sum + tally.caught, 0);
const peerFalsePositives = offTopicMessages.filter((message) => keywordTopics(message).length > 0);
const started = performance.now();
for (const message of offTopicMessages) policy.check(message);
const microsecondsPerCheck = ((performance.now() - started) * 1000) / offTopicMessages.length;
console.log(
  JSON.stringify({
    bench: 'guard-topics',
    detectionRate: Number((caught / positives).toFixed(3)),
    falsePositiveRate: Number((falsePositives.length / offTopicMessages.length).toFixed(3)),
    positives,
    negatives: offTopicMessages.length,
    perTopic,
    microsecondsPerCheck: Math.round(microsecondsPerCheck),
    missed,
    falsePositives,
    peer: {
      name: keywordPeerName,
      detectionRate: Number((peerCaught / positives).toFixed(3)),
      falsePositiveRate: Number((peerFalsePositives.length / offTopicMessages.length).toFixed(3)),
      perTopic: peerPerTopic,
      falsePositives: peerFalsePositives,
    },
  }),
);
