// The add-in's manifest for an agency's own server: every URL of manifest.xml (icons, SourceLocation,
// the help page) moved from the development origin to ADDIN_URL, and AppDomains set to that origin.
// Used by webpack.config.js when ADDIN_URL is set; plain JavaScript, as the webpack config is.
"use strict";
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

const DEV_BASE = "https://localhost:3000/";

/** The base every URL goes under: https, no query or fragment, ending in "/". Throws a one-line English reason. */
function baseOf(addinUrl) {
  let url;
  try {
    url = new URL(addinUrl);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(addinUrl)}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https (Office loads add-ins over HTTPS only): ${addinUrl}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_URL must be a plain address, without query, fragment or credentials: ${addinUrl}`);
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base, origin: url.origin };
}

/** manifest.xml text with its URLs on ADDIN_URL. Every URL must start with the development base (the manifest test holds that). */
function manifestFor(xml, addinUrl) {
  const { base, origin } = baseOf(addinUrl);
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const elements = doc.getElementsByTagName("*");
  for (let i = 0; i < elements.length; i++) {
    const e = elements.item(i);
    const value = e.getAttribute("DefaultValue");
    if (value && value.startsWith("http")) {
      if (!value.startsWith(DEV_BASE)) throw new Error(`manifest.xml: a URL outside ${DEV_BASE}: ${value}`);
      e.setAttribute("DefaultValue", base + value.slice(DEV_BASE.length));
    }
    if (e.localName === "AppDomain") e.textContent = origin;
  }
  return new XMLSerializer().serializeToString(doc);
}

module.exports = { manifestFor, baseOf, DEV_BASE };
