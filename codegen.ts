import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for web and tests, from the committed schema and the shared operations. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', ID: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
};

export default config;
