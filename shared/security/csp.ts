/**
 * The Content-Security-Policy of every page we serve: the app:// protocol in Electron and
 * browser mode alike. Our own scripts only, no inline code, no frames, no plugins.
 * The development server (npm start) needs inline preamble scripts and a websocket for hot
 * reload, so only there the policy is relaxed, and only for its own origin.
 */
/**
 * The one <style> element React Aria injects (usePress: touch-action for pressable elements),
 * allowed by the hash of its exact text, so style-src stays closed to everything else.
 */
export const REACT_ARIA_PRESS_STYLE = '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}';
export const REACT_ARIA_PRESS_STYLE_HASH = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

export function contentSecurityPolicy(options: { devServerOrigin?: string } = {}): string {
  const dev = options.devServerOrigin;
  const ws = dev ? dev.replace(/^http/, 'ws') : '';
  return [
    "default-src 'none'",
    dev ? `script-src 'self' 'unsafe-inline' ${dev}` : "script-src 'self'",
    dev ? `style-src 'self' 'unsafe-inline' ${dev}` : `style-src 'self' ${REACT_ARIA_PRESS_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    dev ? `connect-src 'self' ${dev} ${ws}` : "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
