/**
 * Charlson comorbidity categories from ICD-10 codes, per Quan H, Sundararajan V, Halfon P, et al.
 * "Coding algorithms for defining comorbidities in ICD-9-CM and ICD-10 administrative data."
 * Med Care 2005;43(11):1130-9, Table 1 (the ICD-10 column), with the category weights of
 * Charlson ME, Pompei P, Ales KL, MacKenzie CR, J Chronic Dis 1987;40(5):373-83 (Table 3).
 *
 * Codes match on their prefix without the dot, so an ICD-10-CM code (E11.22) falls in the
 * WHO ICD-10 category Quan lists (E11.2). A patient counts once per category; where a category
 * has a more severe form (liver disease, diabetes, cancer) only the more severe one counts.
 */

export const CHARLSON_CATEGORIES = [
  'MYOCARDIAL_INFARCTION',
  'CONGESTIVE_HEART_FAILURE',
  'PERIPHERAL_VASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE',
  'DEMENTIA',
  'CHRONIC_PULMONARY_DISEASE',
  'RHEUMATIC_DISEASE',
  'PEPTIC_ULCER_DISEASE',
  'MILD_LIVER_DISEASE',
  'DIABETES_WITHOUT_COMPLICATIONS',
  'DIABETES_WITH_COMPLICATIONS',
  'HEMIPLEGIA_OR_PARAPLEGIA',
  'RENAL_DISEASE',
  'MALIGNANCY',
  'MODERATE_OR_SEVERE_LIVER_DISEASE',
  'METASTATIC_SOLID_TUMOR',
  'AIDS_HIV',
] as const;
export type CharlsonCategory = (typeof CHARLSON_CATEGORIES)[number];

/** "C77-C80" → C77, C78, C79, C80; "K70.0-K70.3" → K700…K703; "I21" stays I21. Dots dropped. */
function expand(range: string): string[] {
  const [from, to] = range.replace(/\./g, '').split('-');
  if (!from) return [];
  if (!to) return [from];
  const prefix = from.slice(0, 1);
  const width = from.length - 1;
  const start = Number(from.slice(1));
  const end = Number(to.slice(1));
  const out: string[] = [];
  for (let n = start; n <= end; n++) out.push(prefix + String(n).padStart(width, '0'));
  return out;
}

const codes = (...ranges: string[]) => ranges.flatMap(expand);

/** Quan et al. 2005, Table 1, ICD-10 codes per Charlson category. */
const QUAN_ICD10: Record<CharlsonCategory, string[]> = {
  MYOCARDIAL_INFARCTION: codes('I21', 'I22', 'I25.2'),
  CONGESTIVE_HEART_FAILURE: codes(
    'I09.9',
    'I11.0',
    'I13.0',
    'I13.2',
    'I25.5',
    'I42.0',
    'I42.5-I42.9',
    'I43',
    'I50',
    'P29.0',
  ),
  PERIPHERAL_VASCULAR_DISEASE: codes(
    'I70',
    'I71',
    'I73.1',
    'I73.8',
    'I73.9',
    'I77.1',
    'I79.0',
    'I79.2',
    'K55.1',
    'K55.8',
    'K55.9',
    'Z95.8',
    'Z95.9',
  ),
  CEREBROVASCULAR_DISEASE: codes('G45', 'G46', 'H34.0', 'I60-I69'),
  DEMENTIA: codes('F00-F03', 'F05.1', 'G30', 'G31.1'),
  CHRONIC_PULMONARY_DISEASE: codes('I27.8', 'I27.9', 'J40-J47', 'J60-J67', 'J68.4', 'J70.1', 'J70.3'),
  RHEUMATIC_DISEASE: codes('M05', 'M06', 'M31.5', 'M32-M34', 'M35.1', 'M35.3', 'M36.0'),
  PEPTIC_ULCER_DISEASE: codes('K25-K28'),
  MILD_LIVER_DISEASE: codes(
    'B18',
    'K70.0-K70.3',
    'K70.9',
    'K71.3-K71.5',
    'K71.7',
    'K73',
    'K74',
    'K76.0',
    'K76.2-K76.4',
    'K76.8',
    'K76.9',
    'Z94.4',
  ),
  DIABETES_WITHOUT_COMPLICATIONS: ['E10', 'E11', 'E12', 'E13', 'E14'].flatMap((e) =>
    ['0', '1', '6', '8', '9'].map((d) => e + d),
  ),
  DIABETES_WITH_COMPLICATIONS: ['E10', 'E11', 'E12', 'E13', 'E14'].flatMap((e) =>
    ['2', '3', '4', '5', '7'].map((d) => e + d),
  ),
  HEMIPLEGIA_OR_PARAPLEGIA: codes('G04.1', 'G11.4', 'G80.1', 'G80.2', 'G81', 'G82', 'G83.0-G83.4', 'G83.9'),
  RENAL_DISEASE: codes(
    'I12.0',
    'I13.1',
    'N03.2-N03.7',
    'N05.2-N05.7',
    'N18',
    'N19',
    'N25.0',
    'Z49.0-Z49.2',
    'Z94.0',
    'Z99.2',
  ),
  MALIGNANCY: codes('C00-C26', 'C30-C34', 'C37-C41', 'C43', 'C45-C58', 'C60-C76', 'C81-C85', 'C88', 'C90-C97'),
  MODERATE_OR_SEVERE_LIVER_DISEASE: codes(
    'I85.0',
    'I85.9',
    'I86.4',
    'I98.2',
    'K70.4',
    'K71.1',
    'K72.1',
    'K72.9',
    'K76.5',
    'K76.6',
    'K76.7',
  ),
  METASTATIC_SOLID_TUMOR: codes('C77-C80'),
  AIDS_HIV: codes('B20-B22', 'B24'),
};

/** Charlson et al. 1987, Table 3: the weight of each condition in the comorbidity index. */
export const CHARLSON_WEIGHTS: Record<CharlsonCategory, number> = {
  MYOCARDIAL_INFARCTION: 1,
  CONGESTIVE_HEART_FAILURE: 1,
  PERIPHERAL_VASCULAR_DISEASE: 1,
  CEREBROVASCULAR_DISEASE: 1,
  DEMENTIA: 1,
  CHRONIC_PULMONARY_DISEASE: 1,
  RHEUMATIC_DISEASE: 1,
  PEPTIC_ULCER_DISEASE: 1,
  MILD_LIVER_DISEASE: 1,
  DIABETES_WITHOUT_COMPLICATIONS: 1,
  DIABETES_WITH_COMPLICATIONS: 2,
  HEMIPLEGIA_OR_PARAPLEGIA: 2,
  RENAL_DISEASE: 2,
  MALIGNANCY: 2,
  MODERATE_OR_SEVERE_LIVER_DISEASE: 3,
  METASTATIC_SOLID_TUMOR: 6,
  AIDS_HIV: 6,
};

export const CHARLSON_LABELS: Record<CharlsonCategory, string> = {
  MYOCARDIAL_INFARCTION: 'Myocardial infarction',
  CONGESTIVE_HEART_FAILURE: 'Congestive heart failure',
  PERIPHERAL_VASCULAR_DISEASE: 'Peripheral vascular disease',
  CEREBROVASCULAR_DISEASE: 'Cerebrovascular disease',
  DEMENTIA: 'Dementia',
  CHRONIC_PULMONARY_DISEASE: 'Chronic pulmonary disease',
  RHEUMATIC_DISEASE: 'Rheumatic (connective tissue) disease',
  PEPTIC_ULCER_DISEASE: 'Peptic ulcer disease',
  MILD_LIVER_DISEASE: 'Mild liver disease',
  DIABETES_WITHOUT_COMPLICATIONS: 'Diabetes without chronic complications',
  DIABETES_WITH_COMPLICATIONS: 'Diabetes with chronic complications',
  HEMIPLEGIA_OR_PARAPLEGIA: 'Hemiplegia or paraplegia',
  RENAL_DISEASE: 'Renal disease',
  MALIGNANCY: 'Any malignancy, including lymphoma and leukaemia',
  MODERATE_OR_SEVERE_LIVER_DISEASE: 'Moderate or severe liver disease',
  METASTATIC_SOLID_TUMOR: 'Metastatic solid tumour',
  AIDS_HIV: 'AIDS/HIV',
};

/** A category and the milder one it replaces when both are present. */
const SUPERSEDES: [CharlsonCategory, CharlsonCategory][] = [
  ['MODERATE_OR_SEVERE_LIVER_DISEASE', 'MILD_LIVER_DISEASE'],
  ['DIABETES_WITH_COMPLICATIONS', 'DIABETES_WITHOUT_COMPLICATIONS'],
  ['METASTATIC_SOLID_TUMOR', 'MALIGNANCY'],
];

/** The code systems whose codes the Quan ICD-10 algorithm reads. */
export const ICD10_SYSTEMS = ['ICD-10', 'ICD-10-CM', 'ICD-10-CA', 'ICD-10-GM'] as const;

export const isIcd10 = (codeSystem: string | null | undefined) =>
  !!codeSystem && (ICD10_SYSTEMS as readonly string[]).includes(codeSystem.trim().toUpperCase());

/** The Charlson category of one ICD-10 code (any punctuation or case), or null. */
export function charlsonCategoryOf(code: string): CharlsonCategory | null {
  const normalized = code.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  for (const category of CHARLSON_CATEGORIES) {
    if (QUAN_ICD10[category].some((prefix) => normalized.startsWith(prefix))) return category;
  }
  return null;
}

export interface ComorbidityMatch {
  category: CharlsonCategory;
  /** The record's codes that fell in this category. */
  codes: string[];
}

/** The Charlson categories present among the codes, the milder form dropped where a severe one is present. */
export function comorbiditiesOf(icd10Codes: readonly string[]): ComorbidityMatch[] {
  const found = new Map<CharlsonCategory, string[]>();
  for (const code of icd10Codes) {
    const category = charlsonCategoryOf(code);
    if (category) found.set(category, [...(found.get(category) ?? []), code]);
  }
  for (const [severe, mild] of SUPERSEDES) if (found.has(severe)) found.delete(mild);
  return CHARLSON_CATEGORIES.filter((c) => found.has(c)).map((category) => ({
    category,
    codes: found.get(category) ?? [],
  }));
}

/** The Charlson comorbidity index (1987 weights) of a set of categories. */
export const charlsonIndex = (matches: readonly ComorbidityMatch[]) =>
  matches.reduce((sum, m) => sum + CHARLSON_WEIGHTS[m.category], 0);
