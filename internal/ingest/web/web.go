// Package web fetches one http(s) address for ingest, safely: a timeout, a
// size cap, at most five redirects, a User-Agent that names crosscheck, and
// no connection to a private, loopback or link-local address unless allowed.
// The address check runs on the IP actually dialled, so a name that
// resolves (or re-resolves) to an internal address and a redirect to one are
// refused alike.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// UserAgent is sent with every request.
const UserAgent = "crosscheck/0.1 (+https://github.com/crosscheck/crosscheck)"

// MaxRedirects is the number of redirects followed before giving up.
const MaxRedirects = 5

// Options tune a Client.
type Options struct {
	AllowPrivate bool          // allow private, loopback and link-local addresses
	MaxBytes     int64         // largest body accepted
	Timeout      time.Duration // whole request, redirects included
}

// Client fetches pages and feeds.
type Client struct {
	hc      *http.Client
	max     int64
	timeout time.Duration // the whole request's limit, to name it in errors
}

// Response is a fetched body.
type Response struct {
	URL         string // the final address, after redirects
	ContentType string // media type, without parameters
	Charset     string // the charset parameter of Content-Type, if any
	Body        []byte
}

// RefusedError is a connection refused because of the address it would go to.
type RefusedError struct {
	Host string
	IP   netip.Addr
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("refused: %s is a %s address (use --allow-private-addresses to allow it)", e.IP, kind(e.IP))
}

// NewClient returns a client with the given options.
func NewClient(opt Options) *Client {
	return &Client{hc: HTTPClient(opt), max: opt.MaxBytes, timeout: timeoutOf(opt)}
}

// DefaultTimeout is the limit of one request when Options gives none.
const DefaultTimeout = 20 * time.Second

func timeoutOf(opt Options) time.Duration {
	if opt.Timeout <= 0 {
		return DefaultTimeout
	}
	return opt.Timeout
}

// HTTPClient is the guarded HTTP client behind Client, for callers that
// build their own requests (the feed watcher's conditional GET): the address
// actually dialled must not be private, loopback or link-local unless
// allowed, which covers DNS rebinding and redirects; no proxy, since a
// proxy would be dialled instead of the checked address; at most
// MaxRedirects redirects, to http(s) only.
func HTTPClient(opt Options) *http.Client {
	opt.Timeout = timeoutOf(opt)
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		d.Control = func(_, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil {
				return fmt.Errorf("refused: cannot check address %q", host)
			}
			if Blocked(ip) {
				return &RefusedError{Host: host, IP: ip}
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConns:          10,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("more than %d redirects", MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: address", req.URL.Scheme)
			}
			return nil
		},
	}
}

// Get fetches rawURL. Its errors are in plain words, without the address
// (the caller names the input).
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("not a valid http(s) address")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errors.New("not a valid http(s) address")
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := c.hc.Do(req)
	if err != nil {
		if timedOut(err) {
			return nil, fmt.Errorf("timed out: the server did not answer within the %s limit for one address", c.timeout)
		}
		return nil, plain(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("the server answered %s", resp.Status)
	}
	if c.max > 0 && resp.ContentLength > c.max {
		return nil, fmt.Errorf("the page is larger than the %s limit", Size(c.max))
	}
	r := io.Reader(resp.Body)
	if c.max > 0 {
		r = io.LimitReader(resp.Body, c.max+1)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		// A server that sends its page a few bytes at a time keeps the
		// connection alive past any per-read limit: the whole request's
		// limit ends it, and the message says so in words.
		if timedOut(err) {
			return nil, fmt.Errorf("timed out: the server was still sending the page (%s received) when the %s limit for one address ran out",
				Size(int64(len(body))), c.timeout)
		}
		return nil, plain(err)
	}
	if c.max > 0 && int64(len(body)) > c.max {
		return nil, fmt.Errorf("the page is larger than the %s limit", Size(c.max))
	}
	out := &Response{URL: resp.Request.URL.String(), Body: body}
	if mt, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type")); err == nil {
		out.ContentType, out.Charset = mt, params["charset"]
	}
	return out, nil
}

// timedOut reports whether err is a time limit running out, the client's
// or the caller's.
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// plain turns a transport error into words a user can act on.
func plain(err error) error {
	var re *RefusedError
	if errors.As(err, &re) {
		return re
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return errors.New("the request timed out")
		}
		err = ue.Err
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Errorf("the host name %s could not be resolved", dnsErr.Name)
	}
	if errors.Is(err, context.Canceled) {
		return errors.New("cancelled")
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return errors.New("the connection was refused by the server")
	}
	return fmt.Errorf("the request failed: %v", err)
}

// special are address ranges that are not on the public internet.
var special = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64: embeds an IPv4 address
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("100::/64"),
}

// ipv4Compatible is the deprecated IPv4-compatible form ::a.b.c.d (RFC
// 4291): refused whole, whatever it embeds; no public server has one.
var ipv4Compatible = netip.MustParsePrefix("::/96")

// Prefixes of IPv6 forms that carry an IPv4 address in them, which some
// stacks and gateways reach: the guard judges the IPv4 address inside.
var (
	siit   = netip.MustParsePrefix("::ffff:0:0:0/96") // IPv4-translated (RFC 6145)
	sixTo4 = netip.MustParsePrefix("2002::/16")       // 6to4: bits 16-47 (RFC 3056)
	teredo = netip.MustParsePrefix("2001::/32")       // Teredo: server bits 32-63, client bits 96-127 inverted (RFC 4380)
)

// Blocked says whether ip is private, loopback, link-local, multicast,
// unspecified or otherwise not a public unicast address, or an IPv6 form
// (IPv4-mapped, IPv4-compatible, IPv4-translated, 6to4, Teredo, NAT64)
// that leads to such an IPv4 address.
func Blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	if ip.Is6() && ipv4Compatible.Contains(ip) {
		return true
	}
	for _, p := range special {
		if p.Contains(ip) {
			return true
		}
	}
	for _, v4 := range embedded(ip) {
		if Blocked(v4) {
			return true
		}
	}
	return false
}

// embedded returns the IPv4 addresses an IPv6 address carries in the
// forms that tunnel or translate to IPv4.
func embedded(ip netip.Addr) []netip.Addr {
	if !ip.Is6() {
		return nil
	}
	b := ip.As16()
	v4 := func(x []byte) netip.Addr { return netip.AddrFrom4([4]byte{x[0], x[1], x[2], x[3]}) }
	switch {
	case siit.Contains(ip):
		return []netip.Addr{v4(b[12:16])}
	case sixTo4.Contains(ip):
		return []netip.Addr{v4(b[2:6])}
	case teredo.Contains(ip):
		client := [4]byte{^b[12], ^b[13], ^b[14], ^b[15]}
		return []netip.Addr{v4(b[4:8]), netip.AddrFrom4(client)}
	}
	return nil
}

func kind(ip netip.Addr) string {
	ip = ip.Unmap()
	if ip.Is6() && ipv4Compatible.Contains(ip) {
		return "IPv4-compatible (deprecated)"
	}
	for _, v4 := range embedded(ip) {
		if Blocked(v4) {
			return "6to4, Teredo or IPv4-translated form of a " + kind(v4)
		}
	}
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local"
	}
	return "non-public"
}

// Size writes a byte count as a user reads it ("10 MiB").
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// IsURL says whether an input names an http(s) address.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
