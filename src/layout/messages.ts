/**
 * Messages of the layout layer (findings about what a card holds), in Japanese and English: one
 * entry each, typed so that a message without both languages does not compile. The labels drawn
 * into the grid are document content and live with the catalog, not here.
 */
import type { Messages } from '../model/problems';

export const LAYOUT_MESSAGES = {
  notABuyingRole: (ja: readonly string[], en: readonly string[]) => ({
    ja: `購買での役割は次のいずれかで入力してください：${ja.join('、')}。この値はモデルに含めていません。`,
    en: `A buying role is one of: ${en.join(', ')}. This value is not in the model.`,
  }),
} satisfies Messages;
