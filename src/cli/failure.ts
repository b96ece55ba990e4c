/** An input the command cannot use: printed as one line, exit code 2. */
export class UsageFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageFailure";
  }
}

export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;
