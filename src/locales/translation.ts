/** Another language's text for an area: every English key, no others (checked by the compiler). */
export type Translation<English> = { [Key in keyof English]: string };
