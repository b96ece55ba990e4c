import fc from "fast-check";
import { formatViNumber, parseViNumber } from "../../src/core/grammar/numbers";
import { formatValue, parseValue, rangeProblem, ValueSpec, writtenValue } from "../../src/core/grammar/value";
import { VALUE_KINDS } from "../../src/core/model/vocabulary";

const count: ValueSpec = { kind: "count" };
const percent: ValueSpec = { kind: "percent" };
const money: ValueSpec = { kind: "money" };
const fraction: ValueSpec = { kind: "fraction" };
const hinhThuc: ValueSpec = {
  kind: "coded",
  options: [
    { value: 0, label: "Trực tuyến" },
    { value: 1, label: "Phát phiếu" },
    { value: 2, label: "Kết hợp" },
  ],
};
const coKhong: ValueSpec = {
  kind: "coded",
  options: [
    { value: 0, label: "Không" },
    { value: 1, label: "Có" },
  ],
};

const num = (input: string | number, spec: ValueSpec) => {
  const r = parseValue(input, spec);
  if (r.status !== "ok") throw new Error(`${input} did not parse: ${JSON.stringify(r)}`);
  return r.value.number;
};

describe("value forms printed in the seeds' appendices", () => {
  it.each([
    // seed 002, Số liệu column
    ["35", 35],
    ["21", 21],
    ["09", 9],
    ["0", 0],
    ["71", 71],
    ["04", 4],
    ["07", 7],
    ["65", 65],
    ["12", 12],
    ["02", 2],
    ["60", 60],
    ["01", 1],
    ["1.050", 1050],
    // seed 003
    ["23", 23],
    ["15", 15],
    ["28", 28],
    ["22", 22],
    ["11", 11],
  ])("count %s → %d", (written, expected) => {
    expect(num(written, count)).toBe(expected);
  });

  it.each([
    ["100", 100],
    ["98,4", 98.4],
    ["7,89", 7.89],
    ["21,8", 21.8],
    ["43,8", 43.8],
    ["50", 50],
    ["100%", 100],
    ["100 %", 100],
  ])("percent %s → %d", (written, expected) => {
    expect(num(written, percent)).toBe(expected);
  });

  it("a percentage written as a ratio (seed 003: 149/149) is 100 %", () => {
    const r = parseValue("149/149", percent);
    expect(r).toEqual({ status: "ok", value: { number: 100, fraction: { num: 149, den: 149 } } });
  });

  it("fractions as written in seed 002 (02/02, 01/01) keep both parts", () => {
    expect(parseValue("02/02", fraction)).toEqual({ status: "ok", value: { number: 2, fraction: { num: 2, den: 2 } } });
    expect(parseValue("01/01", fraction)).toEqual({ status: "ok", value: { number: 1, fraction: { num: 1, den: 1 } } });
    // seed 003 writes a plain "1" in the same row
    expect(parseValue("1", fraction)).toEqual({ status: "ok", value: { number: 1 } });
  });

  it("coded answers by number (seed 002: 1.4.2 = 0, 1.5 = 1) or by label", () => {
    expect(num("0", hinhThuc)).toBe(0);
    expect(num("1", coKhong)).toBe(1);
    expect(num("Có", coKhong)).toBe(1);
    expect(num("  kết   hợp ", hinhThuc)).toBe(2);
    expect(num("Kết hợp = 2", hinhThuc)).toBe(2);
    expect(num(1, coKhong)).toBe(1);
  });

  it('"Không" in a count or money row is none (seed 000: 1.3.2 Số vấn đề phát hiện qua kiểm tra "Không"), kept as written', () => {
    expect(parseValue("Không", { kind: "count" })).toEqual({ status: "ok", value: { number: 0 } });
    expect(parseValue(" không ", { kind: "money" })).toEqual({ status: "ok", value: { number: 0 } });
    expect(writtenValue("Không", { kind: "count" })).toBe("Không");
    expect(parseValue("Không có", { kind: "count" }).status).toBe("invalid");
    expect(parseValue("Không", { kind: "percent" }).status).toBe("invalid");
  });
  it("money in đồng (seed 000: 1.000.000 đồng)", () => {
    expect(num("1.000.000 đồng", money)).toBe(1_000_000);
    expect(num("1.000.000đ", money)).toBe(1_000_000);
    expect(num("2 500 000", money)).toBe(2_500_000);
  });

  it("numbers from JSON are taken as they are", () => {
    expect(num(1050, count)).toBe(1050);
    expect(num(98.9, percent)).toBe(98.9);
  });
});

describe("what does not parse is reported with a reason, never 0 or NaN", () => {
  it("text in a count row (seed 002 7.6.1: Đã kết nối)", () => {
    expect(parseValue("Đã kết nối", count)).toEqual({ status: "invalid", rule: "type", reason: "not-a-number" });
  });
  it("a number with words after it (seed 000: 140 biên chế, written in the wrong column)", () => {
    expect(parseValue("140 biên chế", count)).toMatchObject({ status: "invalid", rule: "type" });
  });
  it("a decimal point where Vietnamese uses a comma", () => {
    expect(parseValue("98.9", percent)).toEqual({ status: "invalid", rule: "type", reason: "decimal-dot" });
  });
  it("broken thousands grouping", () => {
    expect(parseValue("1.05.0", count)).toEqual({ status: "invalid", rule: "type", reason: "bad-grouping" });
  });
  it("an answer that is not one of the options is a `code` problem", () => {
    expect(parseValue("3", hinhThuc)).toEqual({ status: "invalid", rule: "code", reason: "unknown-option" });
    expect(parseValue("Không rõ", coKhong)).toEqual({ status: "invalid", rule: "code", reason: "unknown-option" });
  });
  it("x/0 as a percentage", () => {
    expect(parseValue("3/0", percent)).toEqual({ status: "invalid", rule: "type", reason: "zero-denominator" });
  });
  it("empty cells are empty, not zero", () => {
    expect(parseValue("", count)).toEqual({ status: "empty" });
    expect(parseValue("   ", percent)).toEqual({ status: "empty" });
    expect(parseValue(undefined, count)).toEqual({ status: "empty" });
  });
});

describe("range", () => {
  const range = (input: string, spec: ValueSpec) => {
    const r = parseValue(input, spec);
    if (r.status !== "ok") throw new Error("no parse");
    return rangeProblem(spec.kind, r.value);
  };
  it.each([
    ["-3", count, "negative"],
    ["1,5", count, "not-whole"],
    ["101", percent, "over-100"],
    ["98,123", percent, "too-many-decimals"],
    ["1.000,5", money, "not-whole-dong"],
    ["3/2", fraction, null],
    ["98,12", percent, null],
    ["2.027", count, null],
  ])("%s → %s", (input, spec, expected) => {
    expect(range(input, spec as ValueSpec)).toBe(expected);
  });
});

describe("formatting the Vietnamese way (Intl vi-VN)", () => {
  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatViNumber(2027)).toBe("2.027");
    expect(formatViNumber(98.9)).toBe("98,9");
    expect(formatViNumber(1_000_000)).toBe("1.000.000");
    expect(writtenValue("abc", count)).toBeNull();
    expect(formatValue({ text: "Ghi chú" }, "text")).toBe("Ghi chú");
  });
});

describe("values keep the form the officer wrote (issue #12)", () => {
  it("seed 002 as printed: 09, 02/02, 01/01, 100, 98,4 stay; only missing grouping dots are added", () => {
    expect(writtenValue("09", count)).toBe("09");
    expect(writtenValue("02/02", fraction)).toBe("02/02");
    expect(writtenValue("01/01", fraction)).toBe("01/01");
    expect(writtenValue("98,4", percent)).toBe("98,4");
    expect(writtenValue("100%", percent)).toBe("100%");
    expect(writtenValue("Có", coKhong)).toBe("Có");
    expect(writtenValue("1", coKhong)).toBe("1");
    expect(writtenValue("1.050", count)).toBe("1.050");
    expect(writtenValue("2027", count)).toBe("2.027");
    expect(writtenValue("1050,5", money)).toBe("1.050,5");
    expect(writtenValue("98,1234", percent)).toBe("98,1234");
    expect(writtenValue("0012", count)).toBe("0012");
    expect(writtenValue("1 050", count)).toBe("1 050");
    expect(writtenValue("149/149", percent)).toBe("149/149");
  });

  it("numbers from JSON or Excel are written the Vietnamese way", () => {
    expect(writtenValue(98.9, percent)).toBe("98,9");
    expect(writtenValue(1050, count)).toBe("1.050");
  });

  it("whatever a valid value looks like, writing it never changes its number", () => {
    const specs: ValueSpec[] = [count, percent, money, fraction];
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9][0-9.,/% ]{0,14}$/), fc.constantFrom(...specs), (s, spec) => {
        const before = parseValue(s, spec);
        if (before.status !== "ok") return;
        const written = writtenValue(s, spec)!;
        expect(parseValue(written, spec)).toEqual(before);
        // Nothing but dots was added.
        expect(written.replace(/\./g, "")).toBe(s.trim().replace(/\./g, ""));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("properties", () => {
  const specs: ValueSpec[] = VALUE_KINDS.map((kind) => (kind === "coded" ? hinhThuc : { kind }));

  it("parsing any string never throws, for every kind, and never yields NaN", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(...specs), (s, spec) => {
        const r = parseValue(s, spec);
        if (r.status === "ok" && r.value.number !== undefined) {
          expect(Number.isFinite(r.value.number)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("strings made of digits, dots, commas, slashes and signs never throw either", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-0-9.,/% đ]{0,20}$/), fc.constantFrom(...specs), (s, spec) => {
        parseValue(s, spec);
      }),
      { numRuns: 3000 },
    );
  });

  it("a formatted whole number parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(parseViNumber(formatViNumber(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("a formatted percentage with two decimals parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const p = hundredths / 100;
        expect(num(formatViNumber(p), percent)).toBeCloseTo(p, 10);
      }),
    );
  });
});
