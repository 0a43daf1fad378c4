// The settings' answer-time choice as the session's options (null switches limits off).
import type { SessionOptions } from '../core/session/types.ts';
import type { AnswerTime } from './settings.ts';

export function answerTimeOptions(answerTime: AnswerTime): SessionOptions {
  return { answerTimeFactor: answerTime };
}
