// English customer-service chat, delivery requests and form submissions, including texts with no PII at all.
import { compose } from '../compose.ts';
import type { Template } from '../template-types.ts';

export const englishServiceTemplates: Template[] = [
  {
    name: 'en-chat-late-order',
    genre: 'customer-chat',
    lang: 'en',
    build: ({ pii, negatives, random }) =>
      compose`Hi, this is ${pii.personEn().part}. My order ${negatives.orderNumber()} still hasn't arrived — ${random.pick(['can you call me on', 'please ring me at', 'my number is'])} ${pii.phoneUs()}.`,
  },
  {
    name: 'en-chat-refund-card',
    genre: 'customer-chat',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`I bought the ${negatives.productName()} for ${negatives.priceEn()} and want the refund back on my card ${pii.card().part}. Thanks!`,
  },
  {
    name: 'en-chat-email-change',
    genre: 'customer-chat',
    lang: 'en',
    build: ({ pii }) => {
      const name = pii.personEn();
      return compose`Please update my email to ${pii.email(name.first)}; the old one was ${pii.email(name.last)}. — ${name.part}`;
    },
  },
  {
    name: 'en-chat-uk-callback',
    genre: 'customer-chat',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Could someone from support ring me back on ${pii.phoneUk()}? ${negatives.amountAccount()}. Cheers, ${pii.personEn().part}`,
  },
  {
    name: 'en-chat-agent-reply',
    genre: 'customer-chat',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Thanks ${pii.personEn().part}, I've logged the complaint about the ${negatives.productName()}. We'll email you at ${pii.email('customer')} by ${negatives.dateEn()}.`,
  },
  {
    name: 'en-chat-no-pii-tracking',
    genre: 'customer-chat',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`Where is my parcel? Tracking ${negatives.tracking()}, ordered on ${negatives.dateEn()}, ${negatives.quantityEn()}. Your hotline ${negatives.tollFree()} just rings out.`,
  },
  {
    name: 'en-chat-no-pii-product',
    genre: 'customer-chat',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`The ${negatives.productName()} (${negatives.productCode()}) shows ${negatives.priceEn()} in app ${negatives.version()} but ${negatives.priceEn()} on the website. Which is right?`,
  },
  {
    name: 'en-chat-no-pii-meeting',
    genre: 'customer-chat',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`Pickup moved to ${negatives.dateEn()} at ${negatives.time()} outside ${negatives.stationEn()}. Bring ${negatives.quantityEn()}, invoice ${negatives.invoice()}.`,
  },
  {
    name: 'en-chat-no-pii-plain',
    genre: 'customer-chat',
    lang: 'en',
    noPii: true,
    build: ({ random }) =>
      compose`${random.pick(['How do I change my plan?', 'What are your opening hours on Sunday?', 'Can I return an opened item?', 'Is express shipping available to Jeju?', 'Do you price-match?'])} ${random.pick(['', 'Thanks.', 'Grace period applies?'])}`,
  },
  {
    name: 'en-delivery-ship-to',
    genre: 'delivery',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Ship to:\n${pii.personEn().part}\n${pii.addressEn()}\nPhone: ${pii.phoneUs()}\nOrder: ${negatives.orderNumber()}`,
  },
  {
    name: 'en-delivery-window',
    genre: 'delivery',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Please deliver to ${pii.addressEn()} between ${negatives.time()} and ${negatives.time()}. If nobody answers, call ${pii.phoneUk()}.`,
  },
  {
    name: 'en-delivery-address-change',
    genre: 'delivery',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Change delivery address for order ${negatives.orderNumber()} from ${pii.addressEn()} to ${pii.addressEn()}, please.`,
  },
  {
    name: 'en-delivery-korea',
    genre: 'delivery',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Customer ${pii.personKo().part} (${pii.phoneKo()}) asked us to ship ${negatives.quantityEn()} to ${pii.addressKo('road')}. Postcode ${negatives.postalCode('ko')}.`,
  },
  {
    name: 'en-delivery-no-pii',
    genre: 'delivery',
    lang: 'en',
    noPii: true,
    build: ({ negatives }) =>
      compose`Dispatch note: ${negatives.quantityEn()} of ${negatives.productName()} leave the depot near ${negatives.stationEn()} on ${negatives.dateEn()} at ${negatives.time()}. Freight ${negatives.priceEn()}.`,
  },
  {
    name: 'en-form-signup',
    genre: 'form',
    lang: 'en',
    build: ({ pii, negatives }) => {
      const name = pii.personEn();
      return compose`Full name: ${name.part}\nDate of birth: ${pii.dobEn()}\nEmail: ${pii.email(name.first + name.last)}\nMobile: ${pii.phoneUs()}\nSubmitted: ${negatives.dateEn()}`;
    },
  },
  {
    name: 'en-form-key-value',
    genre: 'form',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`name=${pii.personEn().part}; dob=${pii.dobEn()}; phone=${pii.phoneUs()}; zip=${negatives.postalCode('en')}`,
  },
  {
    name: 'en-form-applicant-sentence',
    genre: 'form',
    lang: 'en',
    build: ({ pii }) => compose`Applicant ${pii.personEn().part} (born ${pii.dobEn()}) lives at ${pii.addressEn()}.`,
  },
  {
    name: 'en-form-contact-us',
    genre: 'form',
    lang: 'en',
    build: ({ pii, negatives }) =>
      compose`Name: ${pii.personEn().part} | Company: ${negatives.company()} | Phone: ${pii.phoneUk()} | Message: need a quote for ${negatives.quantityEn()}, budget ${negatives.priceEn()}.`,
  },
];
