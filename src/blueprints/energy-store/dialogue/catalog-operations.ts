// Catalogue operations anyone may use: search and recommend, product details, price and stock.
import type { DialogueOperation, OperationReply, OperationTurn } from '../../../assistants/index.ts';
import type { RecordCollections } from '../../records/types.ts';
import type { Product } from '../schemas/index.ts';
import { categoryNames } from '../tools/search-vocabulary.ts';
import { lookUpProduct, type ProductSummary, variantsNamed } from './product-lookup.ts';
import { rememberList } from './references.ts';
import { numberedList, optionsText, outcomeProblem, won } from './reply-text.ts';

function summaryLine(product: ProductSummary, turn: OperationTurn): string {
  const grade = product.viscosity ? ` · ${product.viscosity}` : '';
  const stock = product.available ? '' : turn.say({ ko: ' (품절)', en: ' (out of stock)' });
  return `${product.name}${grade} — ${turn.say({ ko: `${won(product.priceFrom)}부터`, en: `from ${won(product.priceFrom)}` })}${stock}`;
}

/** Lists up to three candidates and asks which one; they become "the first / second one". */
export function askWhichProduct(turn: OperationTurn, candidates: ProductSummary[]): OperationReply {
  const top = candidates.slice(0, 3);
  rememberList(
    turn.memory,
    'product',
    top.map((product) => product.productId),
  );
  return {
    text: `${turn.say({ ko: '어느 상품을 말씀하시는지 골라 주세요:', en: 'Which of these do you mean?' })}\n${numberedList(top.map((product) => summaryLine(product, turn)))}`,
    done: false,
  };
}

export function notFoundReply(turn: OperationTurn): OperationReply {
  return {
    text: turn.say({
      ko: '찾으시는 상품을 알 수 없었어요. 상품명이나 규격(예: 5W-30 엔진오일, 와이퍼 650mm)으로 다시 알려 주세요.',
      en: "I couldn't tell which product you mean. Tell me its name or a spec (e.g. 5W-30 engine oil, 650mm wiper).",
    }),
    done: false,
  };
}

/** Resolves the product or asks; returns the full product when known. */
async function productFor(turn: OperationTurn, records: RecordCollections): Promise<Product | OperationReply> {
  const lookup = await lookUpProduct(turn, records);
  if (!lookup.picked) return lookup.candidates.length > 0 ? askWhichProduct(turn, lookup.candidates) : notFoundReply(turn);
  const outcome = await turn.call('get_product', { productId: lookup.picked.productId });
  if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
  const product = outcome.result as Product;
  turn.memory.lastMentioned.product = product.productId;
  if (lookup.picked.itemId) turn.memory.lastMentioned.item = lookup.picked.itemId;
  return product;
}

function variantLines(product: Product, turn: OperationTurn): string[] {
  return product.variants.map(
    (variant) =>
      `${optionsText(variant.options, turn.language) || product.name[turn.language]}: ${won(variant.price)} · ${variant.available ? turn.say({ ko: '구매 가능', en: 'in stock' }) : turn.say({ ko: '품절', en: 'out of stock' })}`,
  );
}

export function catalogOperations(records: RecordCollections): DialogueOperation[] {
  const search: DialogueOperation = {
    id: 'search_products',
    label: { ko: '상품 찾기·추천', en: 'find or recommend a product' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '아반떼에 맞는 엔진오일 추천해 주세요',
        '5W-30 엔진 오일 찾아줘',
        'API SP 규격 엔진오일 있나요?',
        '디젤차 엔진오일 뭐가 좋아요',
        'EV6 타는데 충전 멤버십 추천해줘',
        '전기차 충전 멤버십 어떤 게 있어요',
        '와이퍼 찾고 있어요',
        '세차 용품 추천 좀',
        '쏘렌토 엔진오일 뭐 써야 돼요?',
        '5만원 이하 엔진오일 보여줘',
        '엔진오일추천',
        '요소수 팔아요?',
        '하이브리드 차에 넣을 오일 추천',
        '차량용 방향제 있어?',
        '그 브랜드 제품 찾고 있어요',
      ],
      en: [
        'recommend an engine oil for my Avante',
        'do you have 5W-30 synthetic oil?',
        'I need an API SP engine oil',
        'which oil is good for a diesel SUV',
        'I drive an EV6, which charging membership should I get?',
        'show me EV charging memberships',
        "I'm looking for wiper blades",
        'car wash products please',
        'what oil should I use in a Sorento',
        'engine oils under 50,000 won',
        'suggest a motor oil for my hybrid',
        'do you sell AdBlue',
        'any air fresheners?',
        "I'm looking for that brand's products",
        'recomend engine oil',
      ],
    },
    async handle(turn) {
      const lookup = await lookUpProduct(turn, records);
      const products = lookup.candidates.length > 0 ? lookup.candidates : [];
      if (products.length === 0 && lookup.picked) {
        const outcome = await turn.call('get_product', { productId: lookup.picked.productId });
        if (outcome.status === 'ok') {
          const product = outcome.result as Product;
          turn.memory.lastMentioned.product = product.productId;
          return { text: `${product.name[turn.language]}\n${numberedList(variantLines(product, turn))}`, done: true };
        }
      }
      if (products.length === 0)
        return {
          text: turn.say({
            ko: '조건에 맞는 상품을 찾지 못했어요. 차종(예: 아반떼), 규격(5W-30, API SP)이나 상품 종류로 다시 말씀해 주세요.',
            en: 'I found nothing matching. Try a car model (e.g. Avante), a spec (5W-30, API SP) or a kind of product.',
          }),
          done: true,
        };
      const top = products.slice(0, 3);
      rememberList(
        turn.memory,
        'product',
        top.map((product) => product.productId),
      );
      turn.memory.lastMentioned.product = top[0]?.productId ?? '';
      const category = top[0] ? categoryNames[top[0].category as keyof typeof categoryNames]?.[turn.language] : undefined;
      const intro = turn.say({
        ko: `추천 상품이에요${category ? ` (${category})` : ''}:`,
        en: `Here are my suggestions${category ? ` (${category})` : ''}:`,
      });
      const outro = turn.say({
        ko: '자세한 정보나 가격이 궁금한 상품을 번호로 말씀해 주세요.',
        en: 'Ask about any of them by number for details or prices.',
      });
      return { text: `${intro}\n${numberedList(top.map((product) => summaryLine(product, turn)))}\n${outro}`, done: true };
    },
  };

  const details: DialogueOperation = {
    id: 'product_details',
    label: { ko: '상품 상세 정보', en: 'see product details' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '이 상품 자세히 알려 주세요',
        '첫 번째 상품 상세 정보',
        '그 엔진오일 스펙이 어떻게 돼요?',
        '두 번째 거 설명해 줘',
        '이 오일 어떤 차에 맞아요?',
        '상품 정보 보여 주세요',
        '그거 규격이 뭐예요',
        '상세정보 알려줘',
        '이 제품 브랜드가 어디예요',
        '와이퍼 사이즈 옵션 뭐 있어요',
        '그 멤버십 내용 좀 알려주세요',
        '이거 합성유예요?',
      ],
      en: [
        'tell me more about the first one',
        'details of that oil please',
        'what are the specs of this product',
        'which cars does it fit',
        'describe the second one',
        'product details for that membership',
        'what options does it come in',
        'more info on that one',
        'what brand is it',
        'is this fully synthetic?',
        'show me the details',
        'tell me about the Blueway oil',
      ],
    },
    async handle(turn) {
      const product = await productFor(turn, records);
      if ('done' in product) return product;
      const attributes = product.attributes;
      const facts = [
        `${turn.say({ ko: '브랜드', en: 'Brand' })}: ${attributes.brand}`,
        ...(attributes.viscosity ? [`${turn.say({ ko: '점도', en: 'Grade' })}: ${attributes.viscosity}`] : []),
        ...(attributes.specs?.length ? [`${turn.say({ ko: '규격', en: 'Specs' })}: ${attributes.specs.join(', ')}`] : []),
        ...(attributes.fits?.models?.length ? [`${turn.say({ ko: '적용 차종', en: 'Fits' })}: ${attributes.fits.models.join(', ')}`] : []),
      ];
      return {
        text: `${product.name[turn.language]}\n${product.description[turn.language]}\n${facts.join('\n')}\n${turn.say({ ko: '옵션과 가격:', en: 'Options and prices:' })}\n${numberedList(variantLines(product, turn))}`,
        done: true,
      };
    },
  };

  const price: DialogueOperation = {
    id: 'price_availability',
    label: { ko: '가격·재고 확인', en: 'check a price or stock' },
    requiresAuthentication: false,
    examples: {
      ko: [
        '이거 얼마예요?',
        '그 엔진오일 4L 가격 알려줘',
        '재고 있어요?',
        '두 번째 상품 품절인가요',
        '연간 멤버십 가격이 얼마예요',
        '지금 바로 살 수 있어요?',
        '가격 좀 알려 주세요',
        '그거 재고있나요',
        '4리터짜리는 얼마에요',
        '이 제품 언제 입고돼요? 품절이던데',
        '와이퍼 650mm 재고 있어요',
        '얼마야',
      ],
      en: [
        'how much is it?',
        'what does the 4L cost',
        'is it in stock?',
        'is the second one available',
        'price of the annual membership',
        'can I buy it now',
        'how much for the 1L bottle',
        'is that out of stock',
        'check availability please',
        'whats the price',
        'do you have it in stock',
        'price and stock for that oil',
      ],
    },
    async handle(turn) {
      const product = await productFor(turn, records);
      if ('done' in product) return product;
      const named = variantsNamed(product.variants, turn.text);
      const variants = named.length > 0 ? named.slice(0, 1) : product.variants;
      const outcome = await turn.call(
        'check_availability',
        variants.length === 1 && variants[0] ? { itemId: variants[0].itemId } : { productId: product.productId },
      );
      if (outcome.status !== 'ok') return { text: outcomeProblem(turn, outcome), done: true };
      const lines = variantLines({ ...product, variants }, turn);
      const alternatives = (outcome.result as { alternatives?: { options: Record<string, string>; price: number }[] }).alternatives ?? [];
      const other =
        alternatives.length > 0
          ? `\n${turn.say({ ko: '대신 구매 가능한 옵션', en: 'Available instead' })}: ${alternatives.map((option) => `${optionsText(option.options, turn.language)} ${won(option.price)}`).join(', ')}`
          : '';
      return { text: `${product.name[turn.language]}\n${lines.join('\n')}${other}`, done: true };
    },
  };

  return [search, details, price];
}
