import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema, two outputs: the server's resolver types and the SDK's typed
// documents (which the widget imports too), each with the schema's enums (ErrorCode among them). `pnpm codegen`
// regenerates both;
// CI fails when the committed output is stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['packages/sdk/src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'packages/server/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#GraphQLContext',
        useTypeImports: true,
        enumsAsTypes: true,
        defaultMapper: 'Partial<{T}>',
        scalars: { Date: 'string', DateTime: 'string' },
        useIndexSignature: false,
        immutableTypes: false,
      },
    },
    // The schema's enums as runtime constants with no other import, so errors.ts (below every
    // other server folder) can take ErrorCode from the schema.
    'packages/server/src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    // The client preset keeps only the types its documents use; ErrorCode is in none of them.
    'packages/sdk/src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
    'packages/sdk/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
