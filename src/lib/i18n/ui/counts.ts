/**
 * The "one" form of counted templates that a script fills in the browser (`plural.ts`): the
 * page carries it as `data-template-one` beside the usual `data-template` ("other" form).
 * Vietnamese has no plural forms: its "one" form is the same words.
 */
import { defineStrings } from '../define-strings.ts';

export const countOneStrings = defineStrings({
  vi: {
    daysLeft: 'còn {n} ngày',
    startsIn: 'còn {n} ngày',
    products: '{n} sản phẩm',
    salesPoints: '{n} điểm bán',
    leadTimeDay: '{n} ngày làm việc',
  },
  en: {
    daysLeft: '{n} day left',
    startsIn: 'in {n} day',
    products: '{n} product',
    salesPoints: '{n} sales point',
    leadTimeDay: '{n} working day',
  },
});
