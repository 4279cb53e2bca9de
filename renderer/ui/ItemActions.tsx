import type { ReactElement } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, OverlayArrow, Popover, Tooltip, TooltipTrigger } from 'react-aria-components';
import { UNSAFE_PortalProvider } from 'react-aria';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './form-errors';
import { useToasts } from './Toasts';

/** Hints are placed inside the page's main landmark, not loose in <body>, so that all content stays in a landmark. */
const mainLandmark = () => document.querySelector('main') ?? document.body;

/** A hint that appears on hover and on keyboard focus, named by React Aria for screen readers. */
export function Hint({ text, children }: { text: string; children: ReactElement }) {
  return (
    <TooltipTrigger delay={600} closeDelay={100}>
      {children}
      <UNSAFE_PortalProvider getContainer={mainLandmark}>
        <Tooltip className="tooltip" offset={6}>
          <OverlayArrow className="tooltip-arrow">
            <svg width={8} height={8} viewBox="0 0 8 8" aria-hidden="true">
              <path d="M0 0 L4 4 L8 0" />
            </svg>
          </OverlayArrow>
          {text}
        </Tooltip>
      </UNSAFE_PortalProvider>
    </TooltipTrigger>
  );
}

type Action = 'copyLink' | 'delete';

/**
 * The item's less frequent actions under "Meer acties": copying its address (every item has one,
 * so a link in a note or a mail opens it again) and moving it to the trash, kept out of the way
 * of Bewerken so that it is not hit by accident.
 */
export function ItemActions({ onDelete }: { onDelete(): void }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const copyLink = () =>
    navigator.clipboard.writeText(window.location.href).then(
      () => toasts.show(t('common.linkCopied')),
      (error: unknown) => toasts.show(t('errors.actionFailed', { message: errorMessage(error) ?? '' })),
    );
  const run = (action: Action) => {
    if (action === 'copyLink') void copyLink();
    else onDelete();
  };
  return (
    <MenuTrigger>
      <Hint text={t('common.moreActions')}>
        <Button className="icon-button" aria-label={t('common.moreActions')}>
          <span aria-hidden="true">⋯</span>
        </Button>
      </Hint>
      <Popover className="menu-popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => run(key as Action)}>
          <MenuItem id="copyLink" className="menu-item">
            {t('common.copyLink')}
          </MenuItem>
          <MenuItem id="delete" className="menu-item danger">
            {t('common.delete')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
