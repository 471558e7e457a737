import { describe, expect, it } from "vitest";
import { formatFrenchPhoneNumber, frenchPhoneDigits, phoneHref } from "../../../src/text/phone-number.ts";

const NBSP = "\u00A0";

describe("unit", () => {
  describe("frenchPhoneDigits", () => {
    it("accepts short, European and ten-digit French numbers, whatever the spaces typed", () => {
      expect(frenchPhoneDigits("17")).toBe("17");
      expect(frenchPhoneDigits("112")).toBe("112");
      expect(frenchPhoneDigits("114")).toBe("114");
      expect(frenchPhoneDigits("3018")).toBe("3018");
      expect(frenchPhoneDigits("3919")).toBe("3919");
      expect(frenchPhoneDigits("33700")).toBe("33700");
      expect(frenchPhoneDigits("33 700")).toBe("33700");
      expect(frenchPhoneDigits("116 006")).toBe("116006");
      expect(frenchPhoneDigits(`116${NBSP}006`)).toBe("116006");
      expect(frenchPhoneDigits("0 805 805 817")).toBe("0805805817");
      expect(frenchPhoneDigits("01 23 45 67 89")).toBe("0123456789");
    });

    it("refuses anything else: letters, signs, a truncated or too long number, double spaces", () => {
      for (const bad of ["", "1", "7", "17a", "+33 1 23 45 67 89", "01.23.45.67.89", "08 05 80", "0 805 805 8170", "00 12 34 56 78", "2018", "116 00", "0 805  805 817", "tel:17"]) {
        expect(frenchPhoneDigits(bad), bad).toBeUndefined();
      }
    });
  });

  describe("formatFrenchPhoneNumber", () => {
    it("groups digits the French way with no-break spaces, short numbers whole", () => {
      expect(formatFrenchPhoneNumber("0805805817")).toBe(`0${NBSP}805${NBSP}805${NBSP}817`);
      expect(formatFrenchPhoneNumber("0123456789")).toBe(`01${NBSP}23${NBSP}45${NBSP}67${NBSP}89`);
      expect(formatFrenchPhoneNumber("116006")).toBe(`116${NBSP}006`);
      expect(formatFrenchPhoneNumber("3018")).toBe("3018");
      expect(formatFrenchPhoneNumber("33700")).toBe("33700");
      expect(formatFrenchPhoneNumber("17")).toBe("17");
    });
  });

  describe("phoneHref", () => {
    it("writes tel: and sms: links with digits only, and refuses anything else", () => {
      expect(phoneHref("tel", "0805805817")).toBe("tel:0805805817");
      expect(phoneHref("sms", "114")).toBe("sms:114");
      expect(() => phoneHref("tel", "0 805 805 817")).toThrow();
    });
  });
});
