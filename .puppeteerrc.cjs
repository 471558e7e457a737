/** Our browser is Debian's /usr/bin/chromium: never let puppeteer download one. */
module.exports = { skipDownload: true };
