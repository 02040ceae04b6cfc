// Sessions carry the raw User-Agent of their last sign-in or refresh; a person recognises "Firefox on Windows"
// faster than the string. Only the broad family is read: browsers lie in their strings for compatibility, so the
// order of the checks below matters (Edge and Opera say "Chrome", Chrome says "Safari", iOS browsers say "Mac OS X").

interface Rule {
  name: string;
  test: RegExp;
}

// Most specific first.
const browsers: Rule[] = [
  { name: 'Edge', test: /\bEdg(e|A|iOS)?\// },
  { name: 'Opera', test: /\bOPR\/|\bOpera\b/ },
  { name: 'Samsung Internet', test: /\bSamsungBrowser\// },
  { name: 'Vivaldi', test: /\bVivaldi\// },
  { name: 'Firefox', test: /\b(Firefox|FxiOS)\// },
  { name: 'Headless Chrome', test: /\bHeadlessChrome\// },
  { name: 'Chrome', test: /\b(Chrome|CriOS|Chromium)\// },
  { name: 'Safari', test: /\bVersion\/[\d.]+.*\bSafari\// },
];

const systems: Rule[] = [
  { name: 'iPhone', test: /\biPhone\b/ },
  { name: 'iPad', test: /\biPad\b/ },
  { name: 'Android', test: /\bAndroid\b/ },
  { name: 'ChromeOS', test: /\bCrOS\b/ },
  { name: 'Windows', test: /\bWindows\b/ },
  { name: 'macOS', test: /\bMac OS X\b|\bMacintosh\b/ },
  { name: 'Linux', test: /\bLinux\b|\bX11\b/ },
];

// Programs that are not browsers, named by the first word of their string.
const programs: Rule[] = [
  { name: 'curl', test: /^curl\//i },
  { name: 'Postman', test: /^PostmanRuntime\//i },
  { name: 'Insomnia', test: /^insomnia\//i },
  { name: 'Python', test: /^(python-requests|python-httpx|python-urllib|aiohttp)\b/i },
  { name: 'Playwright', test: /^Playwright\//i },
  { name: 'Node.js', test: /^(node-fetch|undici|node|axios)\b/i },
  { name: 'Go', test: /^Go-http-client\//i },
  { name: 'Java', test: /^(okhttp|Java|Apache-HttpClient)\b/i },
  { name: '.NET', test: /^(Microsoft\.NET|\.NET|dotnet)\b/i },
  { name: 'Wget', test: /^Wget\//i },
];

const find = (rules: Rule[], text: string) => rules.find((rule) => rule.test.test(text))?.name ?? null;

/**
 * "Chrome on Linux", "Safari on iPhone", "Firefox", "curl", "Unknown device": a user-agent string in words.
 * A string it cannot read comes back shortened, so the list stays readable; the full string is shown elsewhere.
 */
export function describeUserAgent(userAgent: string | null | undefined): string {
  const text = userAgent?.trim() ?? '';
  if (text === '') {
    return 'Unknown device';
  }
  const program = find(programs, text);
  if (program) {
    return program;
  }
  const browser = find(browsers, text);
  const system = find(systems, text);
  if (browser && system) {
    return `${browser} on ${system}`;
  }
  if (browser) {
    return browser;
  }
  if (system) {
    return `A browser on ${system}`;
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
