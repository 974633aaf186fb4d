/** Envelope kinds between judicial authorities' nodes (one-way, through the outbox). */
export const REQUEST_KIND = 'judicial.request';
export const EVENT_KIND = 'judicial.event';
export const ACK_KIND = 'judicial.ack';
