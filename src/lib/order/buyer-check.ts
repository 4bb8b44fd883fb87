/**
 * What a buyer must fill in before an order can be sent: a name, a Vietnamese phone number
 * (`parseVietnamesePhone`) and a delivery address. The note is optional. Pure, so the cart
 * page and its tests read the same rule.
 */
import { parseVietnamesePhone } from '../domain/phone.ts';
import type { Buyer } from './order-message.ts';

export type BuyerProblem = 'name' | 'phone' | 'phone-invalid' | 'address';

/** The problems in the order of the form's fields; empty when the order can be sent. */
export function buyerProblems(buyer: Buyer): BuyerProblem[] {
  const problems: BuyerProblem[] = [];
  if (!buyer.name.trim()) problems.push('name');
  if (!buyer.phone.trim()) problems.push('phone');
  else if (!parseVietnamesePhone(buyer.phone)) problems.push('phone-invalid');
  if (!buyer.address.trim()) problems.push('address');
  return problems;
}
