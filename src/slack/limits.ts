/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks, …/block-elements). */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a Home tab or modal view. */
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** A static_select menu: its options, each option's text, description and value, and its placeholder. */
  selectOptions: 100,
  optionText: 75,
  optionDescription: 75,
  optionValue: 150,
  placeholderText: 150,
  actionId: 255,
  blockId: 255,
  /** The message's own `text` (the notification fallback): Slack truncates beyond 40,000. */
  messageText: 40000,
} as const;

/** The Block Kit objects spox builds, as far as the limits concern them. */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  verbatim?: boolean;
  emoji?: boolean;
}
export interface ButtonElement {
  type: 'button';
  text: TextObject;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}
/** A choice of a select menu: its text and description are plain_text. */
export interface OptionObject {
  text: TextObject;
  value: string;
  description?: TextObject;
}
export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder?: TextObject;
  options: OptionObject[];
}
export type ActionElement = ButtonElement | StaticSelectElement;
export type Block =
  | { type: 'section'; block_id?: string; text?: TextObject; fields?: TextObject[]; accessory?: ButtonElement }
  | { type: 'header'; block_id?: string; text: TextObject }
  | { type: 'context'; block_id?: string; elements: TextObject[] }
  | { type: 'actions'; block_id?: string; elements: ActionElement[] }
  | { type: 'divider'; block_id?: string };

/** A message as spox sends it: blocks and the fallback text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Every limit a message (or, with `view`, a Home tab) breaks, one line each; empty when Slack would accept it. */
export function blockViolations(message: { text?: string; blocks: Block[] }, options: { view?: boolean } = {}): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number): void => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  const empty = (what: string, text: string): void => {
    if (text.trim() === '') problems.push(`${what}: empty text`);
  };
  over('text', message.text?.length ?? 0, SLACK_LIMITS.messageText);
  over('blocks', message.blocks.length, options.view ? SLACK_LIMITS.viewBlocks : SLACK_LIMITS.messageBlocks);
  const blockIds = new Set<string>();
  const button = (where: string, b: ButtonElement): void => {
    over(`${where} button text`, b.text.text.length, SLACK_LIMITS.buttonText);
    over(`${where} action_id`, b.action_id.length, SLACK_LIMITS.actionId);
    over(`${where} value`, b.value?.length ?? 0, SLACK_LIMITS.buttonValue);
    over(`${where} url`, b.url?.length ?? 0, SLACK_LIMITS.buttonUrl);
  };
  const select = (where: string, menu: StaticSelectElement): void => {
    over(`${where} action_id`, menu.action_id.length, SLACK_LIMITS.actionId);
    over(`${where} placeholder`, menu.placeholder?.text.length ?? 0, SLACK_LIMITS.placeholderText);
    if (menu.placeholder?.type === 'mrkdwn') problems.push(`${where} placeholder: not plain_text`);
    if (menu.options.length === 0) problems.push(`${where}: no options`);
    over(`${where} options`, menu.options.length, SLACK_LIMITS.selectOptions);
    const values = new Set<string>();
    menu.options.forEach((o, j) => {
      over(`${where} option ${j} text`, o.text.text.length, SLACK_LIMITS.optionText);
      over(`${where} option ${j} description`, o.description?.text.length ?? 0, SLACK_LIMITS.optionDescription);
      over(`${where} option ${j} value`, o.value.length, SLACK_LIMITS.optionValue);
      if (o.text.type !== 'plain_text' || (o.description && o.description.type !== 'plain_text')) problems.push(`${where} option ${j}: not plain_text`);
      empty(`${where} option ${j}`, o.text.text);
      if (values.has(o.value)) problems.push(`${where}: option value ${o.value} repeated`);
      values.add(o.value);
    });
  };
  message.blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type})`;
    if (block.block_id !== undefined) {
      over(`${where} block_id`, block.block_id.length, SLACK_LIMITS.blockId);
      if (blockIds.has(block.block_id)) problems.push(`${where}: block_id ${block.block_id} repeated`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section':
        if (!block.text && !block.fields) problems.push(`${where}: neither text nor fields`);
        if (block.text) {
          over(`${where} text`, block.text.text.length, SLACK_LIMITS.sectionText);
          empty(where, block.text.text);
        }
        over(`${where} fields`, block.fields?.length ?? 0, SLACK_LIMITS.sectionFields);
        block.fields?.forEach((f, j) => over(`${where} field ${j}`, f.text.length, SLACK_LIMITS.sectionFieldText));
        if (block.accessory) button(where, block.accessory);
        break;
      case 'header':
        over(`${where} text`, block.text.text.length, SLACK_LIMITS.headerText);
        break;
      case 'context':
        over(`${where} elements`, block.elements.length, SLACK_LIMITS.contextElements);
        block.elements.forEach((e, j) => {
          over(`${where} element ${j}`, e.text.length, SLACK_LIMITS.contextText);
          empty(`${where} element ${j}`, e.text);
        });
        break;
      case 'actions': {
        over(`${where} elements`, block.elements.length, SLACK_LIMITS.actionsElements);
        const ids = new Set<string>();
        for (const b of block.elements) {
          if (b.type === 'button') button(where, b);
          else select(where, b);
          if (ids.has(b.action_id)) problems.push(`${where}: action_id ${b.action_id} repeated`);
          ids.add(b.action_id);
        }
        break;
      }
      case 'divider':
        break;
    }
  });
  return problems;
}
