import { describe, expect, it } from 'vitest';
import { descriptionLead } from '../../src/lib/search/description-lead.ts';

describe('descriptionLead', () => {
  it('is the first sentence', () => {
    expect(
      descriptionLead(
        'Đường dạng hạt làm từ nhựa hoa dừa, màu nâu nhạt. Đường dùng pha cà phê, làm bánh.',
      ),
    ).toBe('Đường dạng hạt làm từ nhựa hoa dừa, màu nâu nhạt.');
  });

  it('ends at ! ? … or a sentence that starts with a digit', () => {
    expect(descriptionLead('Bánh gai ngon nhất Hải Dương! Ăn kèm trà.')).toBe(
      'Bánh gai ngon nhất Hải Dương!',
    );
    expect(descriptionLead('Nước mắm cá cơm nhĩ, đạm cao… 40 độ đạm.')).toBe(
      'Nước mắm cá cơm nhĩ, đạm cao…',
    );
  });

  it('does not stop at an abbreviation or a decimal near the start', () => {
    expect(descriptionLead('Gốm của TP. Huế, men lam vẽ tay. Bán ở chợ.')).toBe(
      'Gốm của TP. Huế, men lam vẽ tay.',
    );
    expect(descriptionLead('Nước mắm 3.5 lít can nhựa, đậm đà. Rót ra chén.')).toBe(
      'Nước mắm 3.5 lít can nhựa, đậm đà.',
    );
  });

  it('is the whole text when there is one sentence, or none ended', () => {
    expect(descriptionLead('  Trà xanh Phìn Hồ  ')).toBe('Trà xanh Phìn Hồ');
    expect(descriptionLead('')).toBe('');
  });
});
