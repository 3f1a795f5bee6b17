import type { HrsnLanguage, HrsnQuestion } from './hrsn-tool.js';
import { HRSN_QUESTIONS } from './hrsn-tool.js';

interface Translation {
  text: string;
  options: Record<string, string>;
}

const FOOD: Record<string, string> = {
  OFTEN_TRUE: 'Con frecuencia es cierto',
  SOMETIMES_TRUE: 'A veces es cierto',
  NEVER_TRUE: 'Nunca es cierto',
};
const SAFETY: Record<string, string> = {
  NEVER: 'Nunca',
  RARELY: 'Rara vez',
  SOMETIMES: 'A veces',
  FAIRLY_OFTEN: 'Con bastante frecuencia',
  FREQUENTLY: 'Con frecuencia',
};
const safety = (act: string): Translation => ({
  text: `¿Con qué frecuencia alguien, incluidos familiares y amigos, ${act}?`,
  options: SAFETY,
});

/**
 * The ten core questions in Spanish, after the Spanish edition CMS publishes of the AHC HRSN
 * Screening Tool; by question id and option value, so answers and scoring stay the tool's own.
 */
const SPANISH: Record<string, Translation> = {
  LIVING_SITUATION: {
    text: '¿Cuál es su situación de vivienda hoy?',
    options: {
      STEADY: 'Tengo un lugar estable donde vivir',
      WORRIED_ABOUT_LOSING: 'Hoy tengo un lugar donde vivir, pero me preocupa perderlo en el futuro',
      NOT_STEADY:
        'No tengo un lugar estable donde vivir (me estoy quedando temporalmente con otras personas, en un hotel, en un refugio, vivo en la calle, en una playa, en un carro, en un edificio abandonado, en una estación de autobús o de tren, o en un parque)',
    },
  },
  HOUSING_PROBLEMS: {
    text: 'Piense en el lugar donde vive. ¿Tiene problemas con alguno de los siguientes? (Elija todos los que correspondan.)',
    options: {
      PESTS: 'Plagas como insectos, hormigas o ratones',
      MOLD: 'Moho',
      LEAD: 'Pintura o tuberías con plomo',
      LACK_OF_HEAT: 'Falta de calefacción',
      OVEN_OR_STOVE: 'El horno o la estufa no funcionan',
      SMOKE_DETECTORS: 'No hay detectores de humo o no funcionan',
      WATER_LEAKS: 'Goteras o fugas de agua',
      NONE: 'Ninguno de los anteriores',
    },
  },
  FOOD_WORRY: {
    text: 'En los últimos 12 meses, le preocupó que la comida se acabara antes de tener dinero para comprar más.',
    options: FOOD,
  },
  FOOD_DID_NOT_LAST: {
    text: 'En los últimos 12 meses, la comida que compró no le alcanzó y no tenía dinero para comprar más.',
    options: FOOD,
  },
  TRANSPORTATION: {
    text: 'En los últimos 12 meses, ¿la falta de transporte confiable le ha impedido ir a citas médicas, reuniones, al trabajo o conseguir lo que necesita para la vida diaria?',
    options: { YES: 'Sí', NO: 'No' },
  },
  UTILITIES: {
    text: 'En los últimos 12 meses, ¿la compañía de electricidad, gas, petróleo o agua ha amenazado con cortar los servicios en su hogar?',
    options: { YES: 'Sí', NO: 'No', ALREADY_SHUT_OFF: 'Ya me los cortaron' },
  },
  SAFETY_PHYSICALLY_HURT: safety('le lastima físicamente'),
  SAFETY_INSULT: safety('le insulta o le habla con desprecio'),
  SAFETY_THREATEN: safety('le amenaza con hacerle daño'),
  SAFETY_SCREAM: safety('le grita o le maldice'),
};

/**
 * The tool's questions worded in `language`: the same ids, numbers, option values and scores,
 * only the text and the option labels translated. A question or option without a translation
 * throws (never a silent mix of languages); a unit test checks every one has one.
 */
export function hrsnQuestionsIn(language: HrsnLanguage): readonly HrsnQuestion[] {
  if (language === 'ENGLISH') return HRSN_QUESTIONS;
  return HRSN_QUESTIONS.map((q) => {
    const t = SPANISH[q.id];
    if (!t) throw new Error(`question ${q.id} has no Spanish wording`);
    return {
      ...q,
      text: t.text,
      options: q.options.map((o) => {
        const label = t.options[o.value];
        if (!label) throw new Error(`option ${q.id}/${o.value} has no Spanish wording`);
        return { ...o, label };
      }),
    };
  });
}
