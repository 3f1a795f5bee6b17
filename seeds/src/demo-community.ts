/**
 * The demo unit's community resource directory (agencies around the hospital, in the fictional
 * Riverside County) and referrals of the demo patients' social needs to it, at every stage of the
 * loop: completed, accepted, sent and awaiting an answer, declined, gone unanswered, and a draft.
 */

export type DemoResourceCategory =
  | 'FOOD'
  | 'HOUSING'
  | 'TRANSPORTATION'
  | 'UTILITIES'
  | 'INTERPERSONAL_SAFETY'
  | 'MENTAL_HEALTH'
  | 'CAREGIVER_SUPPORT';

export interface DemoResource {
  name: string;
  categories: DemoResourceCategory[];
  description: string;
  phone: string;
  website?: string;
  address: string;
  hours: string;
  eligibility: string;
  serviceArea: string;
  languages: string[];
}

const COUNTY = 'Riverside County';

export const demoResources: DemoResource[] = [
  {
    name: 'Northside Community Food Pantry',
    categories: ['FOOD'],
    description: 'Free groceries, fresh produce and diapers every week; no appointment needed.',
    phone: '(555) 201-4410',
    address: '118 Elm Street, Maple Falls',
    hours: 'Tue and Thu 10:00–16:00, Sat 9:00–12:00',
    eligibility: 'Any household in need; bring proof of address if you have one.',
    serviceArea: `Maple Falls and north ${COUNTY}`,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Meals on Wheels of Riverside County',
    categories: ['FOOD', 'CAREGIVER_SUPPORT'],
    description: 'Hot and frozen home-delivered meals for homebound adults, with a daily wellness check.',
    phone: '(555) 201-7788',
    website: 'https://example.org/meals-on-wheels',
    address: '40 Depot Road, Maple Falls',
    hours: 'Deliveries Mon–Fri 10:30–13:30',
    eligibility: 'Adults 60+ or disabled adults who cannot shop or cook; no income limit.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Vietnamese'],
  },
  {
    name: 'St. Brigid Hot Meal Program',
    categories: ['FOOD'],
    description: 'A hot lunch every weekday and bagged groceries on Fridays.',
    phone: '(555) 201-3322',
    address: '9 Church Lane, Oakdale',
    hours: 'Mon–Fri 11:30–13:00',
    eligibility: 'Open to all.',
    serviceArea: 'Oakdale',
    languages: ['English'],
  },
  {
    name: 'SNAP Enrollment Help Desk',
    categories: ['FOOD'],
    description: 'Help applying for SNAP food benefits and WIC, with a benefits counsellor.',
    phone: '(555) 201-9000',
    address: 'County Services Building, 300 Main Street, Maple Falls',
    hours: 'Mon–Fri 8:30–16:30',
    eligibility: 'Residents with low income; counsellors check eligibility with you.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Haitian Creole'],
  },
  {
    name: 'Riverside Housing Authority',
    categories: ['HOUSING'],
    description: 'Public housing and housing choice vouchers; emergency placement list.',
    phone: '(555) 202-1100',
    address: '77 Court Street, Maple Falls',
    hours: 'Mon–Fri 9:00–16:00',
    eligibility: 'Income below 50 % of area median; priority for elderly and disabled applicants.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Harbor House Emergency Shelter',
    categories: ['HOUSING', 'INTERPERSONAL_SAFETY'],
    description: 'Emergency shelter beds and case management toward stable housing; medical respite beds.',
    phone: '(555) 202-4455',
    address: '15 Harbor Street, Oakdale',
    hours: 'Intake 24 hours',
    eligibility: 'Adults experiencing homelessness; respite beds need a hospital referral.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Safe Haven Domestic Violence Services',
    categories: ['INTERPERSONAL_SAFETY', 'HOUSING', 'MENTAL_HEALTH'],
    description: 'Confidential hotline, safety planning, shelter and legal advocacy for survivors.',
    phone: '(555) 202-0000',
    address: 'Confidential location',
    hours: 'Hotline 24 hours',
    eligibility: 'Anyone experiencing abuse, and their children.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Arabic'],
  },
  {
    name: 'Tenant Rights Legal Clinic',
    categories: ['HOUSING'],
    description: 'Free legal help with evictions, unsafe conditions and landlord disputes.',
    phone: '(555) 202-6161',
    address: '210 Main Street, Suite 4, Maple Falls',
    hours: 'Wed 13:00–18:00 walk-in, other days by appointment',
    eligibility: 'Renters with low income.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'County Medical Rides',
    categories: ['TRANSPORTATION'],
    description: 'Door-to-door wheelchair-accessible van rides to medical appointments and the pharmacy.',
    phone: '(555) 203-7433',
    address: '5 Transit Way, Maple Falls',
    hours: 'Book Mon–Fri 8:00–17:00, two business days ahead',
    eligibility: 'Medicaid members and adults 65+.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Volunteer Driver Program',
    categories: ['TRANSPORTATION', 'CAREGIVER_SUPPORT'],
    description: 'Volunteers drive older adults to appointments, groceries and errands.',
    phone: '(555) 203-2020',
    address: '61 Pine Avenue, Oakdale',
    hours: 'Mon–Sat 8:00–18:00',
    eligibility: 'Adults 60+ who cannot drive; donations welcome, never required.',
    serviceArea: 'Oakdale and Maple Falls',
    languages: ['English'],
  },
  {
    name: 'Riverside Transit Reduced Fare Office',
    categories: ['TRANSPORTATION'],
    description: 'Half-price bus passes and paratransit certification.',
    phone: '(555) 203-8800',
    address: 'Central Station, 1 Transit Way, Maple Falls',
    hours: 'Mon–Fri 7:00–18:00',
    eligibility: 'Seniors, people with disabilities and Medicare card holders.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Vietnamese'],
  },
  {
    name: 'Energy Assistance Program (LIHEAP)',
    categories: ['UTILITIES'],
    description: 'Help paying heating and cooling bills, and crisis help when service is shut off.',
    phone: '(555) 204-5432',
    address: 'County Services Building, 300 Main Street, Maple Falls',
    hours: 'Mon–Fri 8:30–16:30',
    eligibility: 'Households below 60 % of state median income.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Lakeview Utility Hardship Fund',
    categories: ['UTILITIES'],
    description: 'One-time grants toward overdue water, gas and electric bills.',
    phone: '(555) 204-1188',
    address: '88 Lakeview Drive, Oakdale',
    hours: 'Mon, Wed, Fri 10:00–15:00',
    eligibility: 'Customers with a shut-off notice; once in twelve months.',
    serviceArea: 'Oakdale',
    languages: ['English'],
  },
  {
    name: 'Phone and Internet Lifeline Enrollment',
    categories: ['UTILITIES'],
    description: 'Discounted phone and internet service through the federal Lifeline programme.',
    phone: '(555) 204-7000',
    address: 'Maple Falls Public Library, 12 Library Plaza',
    hours: 'Tue and Thu 10:00–14:00',
    eligibility: 'Households on SNAP, Medicaid or SSI, or with low income.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Riverside Behavioral Health Center',
    categories: ['MENTAL_HEALTH'],
    description: 'Counselling, psychiatry and substance use treatment; same-week intake.',
    phone: '(555) 205-3000',
    address: '400 Hospital Drive, Maple Falls',
    hours: 'Mon–Fri 8:00–20:00; crisis line 24 hours',
    eligibility: 'All ages; sliding-scale fees, Medicaid and Medicare accepted.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'American Sign Language'],
  },
  {
    name: 'Peer Support Warmline',
    categories: ['MENTAL_HEALTH'],
    description: 'Talk with a trained peer who has lived experience of mental illness.',
    phone: '(555) 205-9276',
    address: 'By phone',
    hours: 'Daily 16:00–23:00',
    eligibility: 'Adults; free.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Caregiver Resource Center',
    categories: ['CAREGIVER_SUPPORT', 'MENTAL_HEALTH'],
    description: 'Respite care, caregiver training and support groups for family caregivers.',
    phone: '(555) 206-1234',
    address: '25 Willow Court, Maple Falls',
    hours: 'Mon–Fri 9:00–17:00; groups Tue evenings',
    eligibility: 'Family caregivers of adults with chronic illness or dementia.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Tagalog'],
  },
  {
    name: 'Adult Day Health Program',
    categories: ['CAREGIVER_SUPPORT'],
    description: 'Supervised daytime care with nursing, therapy and meals, so caregivers can work or rest.',
    phone: '(555) 206-5500',
    address: '3 Garden Street, Oakdale',
    hours: 'Mon–Fri 7:30–17:30',
    eligibility: 'Adults 55+ needing supervision; Medicaid waiver accepted.',
    serviceArea: 'Oakdale and Maple Falls',
    languages: ['English', 'Spanish'],
  },
  {
    name: 'Area Agency on Aging',
    categories: ['CAREGIVER_SUPPORT', 'FOOD', 'TRANSPORTATION'],
    description: 'Information and referral for older adults: home care, meals, rides and benefits counselling.',
    phone: '(555) 206-8080',
    address: '300 Main Street, Maple Falls',
    hours: 'Mon–Fri 8:00–17:00',
    eligibility: 'Adults 60+ and their caregivers.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish', 'Vietnamese', 'Tagalog'],
  },
  {
    name: 'Weatherization Assistance Program',
    categories: ['UTILITIES', 'HOUSING'],
    description: 'Free insulation, furnace repair and home repairs that lower energy bills.',
    phone: '(555) 204-3300',
    address: '300 Main Street, Maple Falls',
    hours: 'Mon–Fri 8:30–16:30',
    eligibility: 'Homeowners and renters with low income.',
    serviceArea: COUNTY,
    languages: ['English', 'Spanish'],
  },
];

export type DemoReferralStatus = 'DRAFT' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED' | 'NO_RESPONSE';

export interface DemoReferral {
  patientMrn: string;
  /** The need's domain (a need the demo screening raised for this patient). */
  domain: 'LIVING_SITUATION' | 'FOOD' | 'TRANSPORTATION' | 'UTILITIES' | 'SAFETY';
  resource: string;
  by: string;
  note: string | null;
  /** Each step of the loop so far, oldest first, in days before now. */
  steps: { status: DemoReferralStatus; daysAgo: number }[];
}

const SW = 'avery.patel@demo.carehub.test';
const CM = 'casey.morgan@demo.carehub.test';

export const demoReferrals: DemoReferral[] = [
  {
    patientMrn: 'MRN-100233',
    domain: 'FOOD',
    resource: 'Meals on Wheels of Riverside County',
    by: SW,
    note: 'Home-delivered meals while recovering; low-salt diet.',
    steps: [
      { status: 'DRAFT', daysAgo: 6 },
      { status: 'SENT', daysAgo: 6 },
      { status: 'ACCEPTED', daysAgo: 4 },
      { status: 'COMPLETED', daysAgo: 1 },
    ],
  },
  {
    patientMrn: 'MRN-100233',
    domain: 'TRANSPORTATION',
    resource: 'County Medical Rides',
    by: SW,
    note: 'Rides to cardiology follow-up after discharge.',
    steps: [
      { status: 'DRAFT', daysAgo: 3 },
      { status: 'SENT', daysAgo: 3 },
      { status: 'ACCEPTED', daysAgo: 2 },
    ],
  },
  {
    patientMrn: 'MRN-100233',
    domain: 'LIVING_SITUATION',
    resource: 'Harbor House Emergency Shelter',
    by: CM,
    note: 'Asked for a medical respite bed.',
    steps: [
      { status: 'DRAFT', daysAgo: 5 },
      { status: 'SENT', daysAgo: 5 },
      { status: 'DECLINED', daysAgo: 4 },
    ],
  },
  {
    patientMrn: 'MRN-100233',
    domain: 'LIVING_SITUATION',
    resource: 'Riverside Housing Authority',
    by: CM,
    note: 'Emergency placement list; daughter can be contacted.',
    steps: [
      { status: 'DRAFT', daysAgo: 2 },
      { status: 'SENT', daysAgo: 2 },
    ],
  },
  {
    patientMrn: 'MRN-100238',
    domain: 'UTILITIES',
    resource: 'Energy Assistance Program (LIHEAP)',
    by: SW,
    note: 'Electricity shut off; crisis application.',
    steps: [
      { status: 'DRAFT', daysAgo: 9 },
      { status: 'SENT', daysAgo: 9 },
      { status: 'NO_RESPONSE', daysAgo: 1 },
    ],
  },
  {
    patientMrn: 'MRN-100238',
    domain: 'UTILITIES',
    resource: 'Lakeview Utility Hardship Fund',
    by: SW,
    note: null,
    steps: [{ status: 'DRAFT', daysAgo: 0 }],
  },
];
