import type { RequestMessages } from '../request/messages.ts';
import type { WidgetMessages } from './WidgetMessages.ts';

/** One locale's complete string table: the widget's own strings plus the request dialog's. */
export type Messages = WidgetMessages & RequestMessages;
