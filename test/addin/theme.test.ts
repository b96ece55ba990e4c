import { themeKind } from "../../src/taskpane/host/theme";

describe("the pane's theme follows its host", () => {
  it("Word's Office theme decides in Word: a dark body background is dark (Black theme #262626), white is light", () => {
    expect(themeKind("#262626", false)).toBe("dark");
    expect(themeKind("#FFFFFF", true)).toBe("light");
    expect(themeKind("#E6E6E6", false)).toBe("light");
  });
  it("outside Office, the system's preference", () => {
    expect(themeKind(undefined, true)).toBe("dark");
    expect(themeKind(undefined, false)).toBe("light");
  });
});
