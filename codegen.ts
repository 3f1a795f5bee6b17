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
        // Enums as const objects with their values as keys: the web lists disciplines and roles from them.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', ID: 'string', JSON: 'unknown' },
        skipTypename: false,
      },
    },
  },
};

export default config;
