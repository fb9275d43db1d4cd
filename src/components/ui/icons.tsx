/**
 * The few icons the UI uses, inline (no icon font, no requests): 20 px, `currentColor`, hidden from
 * assistive technology (the control around an icon carries the name). Direction-bound ones flip in RTL.
 */
import type { ReactNode } from 'react';

function Icon({ children, mirrored = false, className }: { children: ReactNode; mirrored?: boolean; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" className={`size-5 shrink-0 ${mirrored ? 'rtl:-scale-x-100' : ''} ${className ?? ''}`}>
      {children}
    </svg>
  );
}

export const CopyIcon = () => (
  <Icon>
    <rect x="7" y="7" width="10" height="10" rx="2" />
    <path d="M13 7V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h2" />
  </Icon>
);
export const CheckIcon = () => (
  <Icon>
    <path d="m4 10.5 4 4 8-9" />
  </Icon>
);
export const EyeIcon = () => (
  <Icon>
    <path d="M1.5 10S4.5 4 10 4s8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z" />
    <circle cx="10" cy="10" r="2.5" />
  </Icon>
);
export const EyeOffIcon = () => (
  <Icon>
    <path d="M3 3l14 14M8.2 4.3A8.6 8.6 0 0 1 10 4c5.5 0 8.5 6 8.5 6a15 15 0 0 1-2.4 3.2M5.4 5.6C3 7.2 1.5 10 1.5 10s3 6 8.5 6a8 8 0 0 0 3.9-1" />
    <path d="M8.2 8.3a2.5 2.5 0 0 0 3.5 3.5" />
  </Icon>
);
export const ChevronLeftIcon = () => (
  <Icon mirrored>
    <path d="m12.5 4.5-5.5 5.5 5.5 5.5" />
  </Icon>
);
export const ChevronRightIcon = () => (
  <Icon mirrored>
    <path d="m7.5 4.5 5.5 5.5-5.5 5.5" />
  </Icon>
);
export const ChevronDownIcon = ({ className }: { className?: string }) => (
  <Icon className={className}>
    <path d="m5 7.5 5 5 5-5" />
  </Icon>
);
export const MenuIcon = () => (
  <Icon>
    <path d="M3 5h14M3 10h14M3 15h14" />
  </Icon>
);
export const CloseIcon = () => (
  <Icon>
    <path d="m5 5 10 10M15 5 5 15" />
  </Icon>
);
export const MoreIcon = () => (
  <Icon>
    <circle cx="4.5" cy="10" r="0.75" fill="currentColor" />
    <circle cx="10" cy="10" r="0.75" fill="currentColor" />
    <circle cx="15.5" cy="10" r="0.75" fill="currentColor" />
  </Icon>
);
export const MailIcon = () => (
  <Icon>
    <rect x="2.5" y="4.5" width="15" height="11" rx="2" />
    <path d="m3 5.5 7 5.5 7-5.5" />
  </Icon>
);
