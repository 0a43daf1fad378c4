// The colour palette: a night-blue press hall with a warm gold for the agency, and a high-contrast
// variant (black, white, saturated signals) for projectors in bright rooms and for low vision.
// DOM overlays read the same values through CSS custom properties (applyCssTheme).
export interface Palette {
  name: 'default' | 'high-contrast';
  bg: number;
  bgDeep: number;
  panel: number;
  panelRaised: number;
  line: number;
  text: number;
  textDim: number;
  accent: number;
  accentText: number;
  primary: number;
  danger: number;
  success: number;
  warning: number;
  info: number;
  confidential: number;
  backdrop: number;
  backdropText: number;
  floor: number;
  seat: number;
  skin: number[];
  clothes: number[];
  focus: number;
}

const DEFAULT_PALETTE: Palette = {
  name: 'default',
  bg: 0x0b1422,
  bgDeep: 0x070d17,
  panel: 0x12203a,
  panelRaised: 0x1b2e4f,
  line: 0x2c4468,
  text: 0xeef3fa,
  textDim: 0xa3b6cf,
  accent: 0xf2b84b,
  accentText: 0x1a1204,
  primary: 0x4c8dff,
  danger: 0xf0555a,
  success: 0x3cc27e,
  warning: 0xf5a524,
  info: 0x5cc8e8,
  confidential: 0xb08cff,
  backdrop: 0x173f74,
  backdropText: 0xf2d48b,
  floor: 0x141a26,
  seat: 0x2a1f2e,
  skin: [0xf1c9a5, 0xe0ac83, 0xc68a62, 0x9c6844, 0xf6d7bd],
  clothes: [0x2f4a6d, 0x5a3c52, 0x2e5a4c, 0x6b4a2e, 0x3d3d55, 0x7a2f3a, 0x44546a],
  focus: 0xffd45c,
};

const HIGH_CONTRAST_PALETTE: Palette = {
  name: 'high-contrast',
  bg: 0x000000,
  bgDeep: 0x000000,
  panel: 0x000000,
  panelRaised: 0x111111,
  line: 0xffffff,
  text: 0xffffff,
  textDim: 0xffffff,
  accent: 0xffe000,
  accentText: 0x000000,
  primary: 0x66b3ff,
  danger: 0xff6b6b,
  success: 0x4dff9a,
  warning: 0xffd000,
  info: 0x7fe7ff,
  confidential: 0xd9b8ff,
  backdrop: 0x000000,
  backdropText: 0xffe000,
  floor: 0x000000,
  seat: 0x222222,
  skin: [0xe8c4a0, 0xd9a57c, 0xc08660, 0x9a6743, 0xf3d5ba],
  clothes: [0x3a5f8f, 0x7a4f6e, 0x3f7a66, 0x8a6240, 0x55557a, 0x9a3f4c, 0x5a6f8a],
  focus: 0xffe000,
};

export function paletteFor(highContrast: boolean): Palette {
  return highContrast ? HIGH_CONTRAST_PALETTE : DEFAULT_PALETTE;
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** Mixes two colours; t=0 gives a, t=1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, shift: number) => (c >> shift) & 0xff;
  const m = (shift: number) => Math.round(ch(a, shift) + (ch(b, shift) - ch(a, shift)) * t) << shift;
  return m(16) | m(8) | m(0);
}

/** The palette as CSS custom properties for the DOM overlays. */
export function applyCssTheme(root: HTMLElement, palette: Palette): void {
  const vars: Record<string, number> = {
    bg: palette.bg,
    panel: palette.panel,
    'panel-raised': palette.panelRaised,
    line: palette.line,
    text: palette.text,
    'text-dim': palette.textDim,
    accent: palette.accent,
    'accent-text': palette.accentText,
    primary: palette.primary,
    danger: palette.danger,
    success: palette.success,
    warning: palette.warning,
    info: palette.info,
    confidential: palette.confidential,
    focus: palette.focus,
  };
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(`--${name}`, css(value));
  root.dataset.theme = palette.name;
}
