import type { CodegenConfig } from "@graphql-codegen/cli";

/** `npm run codegen`: typed documents for the example operations, from the committed schema.graphql. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["examples/operations/**/*.graphql"],
  generates: {
    "examples/generated/": {
      preset: "client",
      config: {
        scalars: { Decimal: "string", DateTime: "string", _Any: "unknown", link__Import: "unknown", federation__FieldSet: "string", federation__Scope: "string", federation__Policy: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
