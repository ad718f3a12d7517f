/** Options of every `locale` argument: one description, one default rule. */
export const LOCALE_ARG = { nullable: true, description: "Language wanted; Accept-Language, then French, when left out." } as const;
