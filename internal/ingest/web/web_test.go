package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestBlocked(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"fe80::1", true}, {"fc00::1", true}, {"0.0.0.0", true}, {"::", true},
		{"100.64.0.1", true}, {"224.0.0.1", true}, {"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true},
		{"64:ff9b::a00:1", true},
		// IPv4 inside IPv6 forms (before: let through).
		{"::127.0.0.1", true}, {"::8.8.8.8", true}, {"::ffff:0:127.0.0.1", true}, {"::ffff:0:8.8.8.8", false},
		{"2002:7f00:1::1", true}, {"2002:a00:1::1", true}, {"2002:c0a8:101::1", true}, {"2002:808:808::1", false},
		{"2001:0:a00:1::1", true}, {"2001:0:4136:e378:8000:63bf:80ff:fffe", true}, {"2001:0:808:808:8000:63bf:f7f7:f7f7", false},
		{"8.8.8.8", false}, {"151.101.1.69", false}, {"2a04:4e42::81", false}, {"::ffff:8.8.8.8", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := Blocked(netip.MustParseAddr(tt.ip)); got != tt.want {
				t.Errorf("Blocked(%s) = %v, want %v", tt.ip, got, tt.want)
			}
		})
	}
}

// TestEmbeddedLoopbackRefused: a real server on 127.0.0.1 is not reached
// through IPv6 forms that embed its address; the guard names the refusal.
func TestEmbeddedLoopbackRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("<html><body><p>internal</p></body></html>"))
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	c := NewClient(Options{Timeout: 5 * time.Second})
	if _, err := c.Get(context.Background(), srv.URL); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("GET %s: %v, want refused as loopback", srv.URL, err)
	}
	for _, host := range []string{"[::127.0.0.1]", "[::ffff:127.0.0.1]", "[2002:7f00:1::1]", "[::ffff:0:127.0.0.1]"} {
		u := "http://" + host + ":" + port + "/"
		_, err := c.Get(context.Background(), u)
		var re *RefusedError
		if !errors.As(err, &re) {
			t.Errorf("GET %s: %v, want the private-address refusal", u, err)
		}
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int64]string{10 << 20: "10 MiB", 4096: "4 KiB", 100: "100 bytes", 1500: "1500 bytes"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}

// FuzzBlocked: an IPv4 address and each IPv6 form that carries it
// (mapped, translated, 6to4) are judged alike, and IPv4-compatible forms
// are always refused.
func FuzzBlocked(f *testing.F) {
	f.Add([]byte{127, 0, 0, 1})
	f.Add([]byte{8, 8, 8, 8})
	f.Add([]byte{10, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 4 {
			return
		}
		v4 := netip.AddrFrom4([4]byte(b[:4]))
		want := Blocked(v4)
		mapped := netip.AddrFrom16([16]byte{10: 0xff, 11: 0xff, 12: b[0], 13: b[1], 14: b[2], 15: b[3]})
		translated := netip.AddrFrom16([16]byte{8: 0xff, 9: 0xff, 12: b[0], 13: b[1], 14: b[2], 15: b[3]})
		sixTo4 := netip.AddrFrom16([16]byte{0: 0x20, 1: 0x02, 2: b[0], 3: b[1], 4: b[2], 5: b[3], 15: 1})
		compatible := netip.AddrFrom16([16]byte{12: b[0], 13: b[1], 14: b[2], 15: b[3]})
		for _, a := range []netip.Addr{mapped, translated} {
			if Blocked(a) != want {
				t.Fatalf("Blocked(%s) = %v but Blocked(%s) = %v", a, Blocked(a), v4, want)
			}
		}
		if want && !Blocked(sixTo4) {
			t.Fatalf("6to4 %s of blocked %s let through", sixTo4, v4)
		}
		if !Blocked(compatible) {
			t.Fatalf("IPv4-compatible %s let through", compatible)
		}
		_ = kind(a16(b))
	})
}

func a16(b []byte) netip.Addr {
	var x [16]byte
	copy(x[:], b)
	return netip.AddrFrom16(x)
}
