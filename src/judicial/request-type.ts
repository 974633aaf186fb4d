import { z } from 'zod';
import { JudicialInstrument } from '../agreements/document.ts';

/**
 * The kinds of judicial cooperation request Liaison tracks against a legal clock:
 * the European Arrest Warrant (Framework Decision 2002/584/JHA), the European
 * Investigation Order (Directive 2014/41/EU), classic mutual legal assistance
 * (1959 Council of Europe Convention) and classic extradition (1957 Convention).
 */
export const RequestType = JudicialInstrument;
export type RequestType = z.infer<typeof RequestType>;

/** Where a deadline stands on a given day. */
export const DeadlineStatus = z.enum(['pending', 'due', 'overdue', 'met', 'lapsed']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;
