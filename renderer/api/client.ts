import type { WijkgeheugenBridge } from '../../shared/api/bridge';
import type { ChannelName } from '../../shared/api/channel-names';
import type { Input, Output } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { httpTransport, takeTokenFromLocation } from './http-transport';
import { ipcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** An error envelope turned into an exception, so that TanStack Query sees a failed call. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly issues: NonNullable<ApiError['issues']>;
  readonly reason: ApiError['reason'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
    this.reason = error.reason;
  }
}

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<C extends ChannelName>(channel: C, input: Input<C>): Promise<Output<C>>;
  on: Transport['on'];
  downloadUrl: Transport['downloadUrl'];
}

export function clientOver(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(channel, input) {
      const envelope = await transport.invoke(channel, input);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value as never;
    },
    on: transport.on,
    downloadUrl: transport.downloadUrl,
  };
}

declare global {
  interface Window {
    wijkgeheugen?: WijkgeheugenBridge;
  }
}

/** Picks the transport once, at start: the Electron bridge when present, HTTP otherwise. */
export function createApiClient(): ApiClient | { error: 'missing-token' } {
  if (window.wijkgeheugen) return clientOver(ipcTransport(window.wijkgeheugen));
  const token = takeTokenFromLocation(window.location, window.history, window.sessionStorage);
  if (!token) return { error: 'missing-token' };
  return clientOver(httpTransport(token));
}
