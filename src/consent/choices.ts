/** Whether each category is granted: `{ analytics: true, advertising: false, … }`. */
export type Choices = Record<string, boolean>;

/**
 * The built-in category that counts as sale or sharing under US state law unless the config
 * says otherwise (SPEC §2): Global Privacy Control opts it out, and the IAB GPP's opt-out
 * fields follow it. Here alone, so the script tag, which reads the config before it is
 * checked, and the engine agree.
 */
export const saleOrShareByDefault = 'advertising';
