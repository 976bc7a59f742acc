/**
 * The visitor's address with the host part cut off: an IPv4 address keeps its first three
 * bytes (a /24), an IPv6 address its first three groups (a /48). That still says roughly
 * where and through which network a decision came, which helps to tell a flood of forged
 * receipts from real ones, but no longer names one household (GDPR Art. 5(1)(c), data
 * minimisation). Anything that is not an address gives null.
 * @example truncateIp('203.0.113.77') // '203.0.113.0/24'
 */
export function truncateIp(address: string | undefined | null): string | null {
  if (!address) return null;
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  const ip = mapped ? mapped[1] : address;
  const v4 = ip.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const bytes = v4.slice(1, 4).map(Number);
    return bytes.every((b) => b <= 255) && Number(v4[4]) <= 255 ? `${bytes.join('.')}.0/24` : null;
  }
  if (!/^[0-9a-f:]+$/i.test(ip) || !ip.includes(':')) return null;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  if (groups.length !== 8 || groups.some((g) => g.length > 4)) return null;
  return `${groups
    .slice(0, 3)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/48`;
}
