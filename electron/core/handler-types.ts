import type { ChannelName } from '../../shared/api/channel-names';
import type { Output, ParsedInput } from '../../shared/api/contract';
import type { Library } from './library/library';

export type Handler<C extends ChannelName> = (library: Library, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

/** A feature's handlers: exactly the channels it names, each typed by the contract. */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };
