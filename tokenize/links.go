package tokenize

import "github.com/go-arabic/arabic/tokenize/internal/ucd"

// This file holds the tailorings for the text of social media and the web:
// hashtags, mentions, URLs and e-mail addresses each stay one segment, where
// UAX #29 would cut them at every '#', '@', '/', ':' and '?'.

// tag returns the length and kind of the hashtag or mention at the start of
// s ('#' or '@' followed by a word that has a letter, as in #ليبيا or
// @user_name), or 0 if there is none.
func (g *segmenter[T]) tag() (int, Kind) {
	p, size := g.at(1)
	if p&ucd.ScriptMask == 0 && p.WB() != ucd.WBNumeric && p.WB() != ucd.WBExtendNumLet {
		return 0, Other
	}
	rest := segmenter[T]{s: g.s[1:], atEOF: g.atEOF}
	n, k := rest.word(p, size)
	g.short = g.short || rest.short
	if k != Word && k != Latin {
		return 0, Other
	}
	return 1 + n, k
}

// link returns the length of the URL or e-mail address at the start of s,
// or 0 if there is none. A URL is a scheme followed by "://" (https://…,
// ftp://…) or a host name that starts with "www."; it runs up to a space, a
// control character, one of the ASCII characters that RFC 3986 does not
// allow (" < > \ ^ ` { | }), or a rune outside ASCII other than a letter, a
// mark or a digit (، « » and the bidirectional marks end a URL),
// less the punctuation that ends a sentence or clause after it (. , ; : ! ?
// ' and an unmatched closing bracket). An e-mail address is a local part of
// ASCII letters, digits and . _ % + - followed by '@' and a domain of two or
// more labels.
func (g *segmenter[T]) link() int {
	// The run of characters that may start an e-mail address or a URL
	// decides which it can be. It is read up to the longest local part that
	// RFC 5321 allows, so that text such as a-b-c-…, which starts a segment
	// at every letter, is not read again and again to its end.
	i := 0
	for i < len(g.s) && i <= maxLocalPart && (isAlnum(g.s[i]) || isLocalPunct(g.s[i])) {
		i++
	}
	if i > maxLocalPart {
		return 0
	}
	if i == len(g.s) {
		g.short = g.short || !g.atEOF
		return 0
	}
	switch {
	case g.s[i] == '@':
		if n := g.domain(i + 1); n > 0 {
			return n
		}
	case g.s[i] == ':' && isScheme(g.s[:i]):
		if g.hasPrefix(i, "://") {
			return g.urlBody(i + 3)
		}
	}
	if g.hasPrefixFold(0, "www.") {
		return g.urlBody(4)
	}
	return 0
}

// maxLocalPart is the longest local part of an e-mail address (RFC 5321,
// section 4.5.3.1.1), longer than any URL scheme in use.
const maxLocalPart = 64

// hasPrefix reports whether s[i:] starts with prefix.
func (g *segmenter[T]) hasPrefix(i int, prefix string) bool {
	for j := 0; j < len(prefix); j++ {
		if i+j >= len(g.s) {
			g.short = g.short || !g.atEOF
			return false
		}
		if g.s[i+j] != prefix[j] {
			return false
		}
	}
	return true
}

// hasPrefixFold is hasPrefix for a lower-case ASCII prefix, ignoring the case
// of s.
func (g *segmenter[T]) hasPrefixFold(i int, prefix string) bool {
	for j := 0; j < len(prefix); j++ {
		if i+j >= len(g.s) {
			g.short = g.short || !g.atEOF
			return false
		}
		if g.s[i+j]|0x20 != prefix[j] {
			return false
		}
	}
	return true
}

// domain returns the end of the e-mail domain that starts at i, or 0: two or
// more labels of ASCII letters, digits and hyphens, joined by dots, the last
// of them with a letter.
func (g *segmenter[T]) domain(i int) int {
	labels, end := 0, 0
	for {
		j := i
		letter := false
		for j < len(g.s) && (isAlnum(g.s[j]) || g.s[j] == '-') {
			letter = letter || g.s[j] >= 'A'
			j++
		}
		if j == len(g.s) {
			g.short = g.short || !g.atEOF
		}
		if j == i {
			break
		}
		labels++
		if labels >= 2 && letter {
			end = j
		}
		if j+1 >= len(g.s) || g.s[j] != '.' {
			if j+1 >= len(g.s) {
				g.short = g.short || !g.atEOF
			}
			break
		}
		i = j + 1
	}
	return end
}

// urlBody returns the end of the URL whose body starts at i.
func (g *segmenter[T]) urlBody(i int) int {
	end, open := i, 0
	for {
		p, size := g.at(i)
		if size == 0 || p == illFormed {
			break
		}
		if size == 1 {
			c := g.s[i]
			if c <= ' ' || c >= 0x7F || isUnsafe(c) {
				break
			}
			i++
			switch c {
			case '.', ',', ';', ':', '!', '?', '\'':
				continue // part of the URL only if more follows
			case '(', '[':
				open++
			case ')', ']':
				if open == 0 {
					return end // an unmatched bracket closes the text around the URL
				}
				open--
			}
			end = i
			continue
		}
		if p&ucd.ScriptMask == 0 && p.WB() != ucd.WBExtend && p.WB() != ucd.WBNumeric {
			break // space, punctuation, a symbol or a format control outside ASCII
		}
		i += size
		end = i
	}
	return end
}

func isAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// isLocalPunct reports whether c may appear in the local part of an e-mail
// address or in a URL scheme.
func isLocalPunct(c byte) bool {
	return c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// isScheme reports whether s is a URL scheme: a letter followed by letters,
// digits, '+', '-' and '.' (RFC 3986, section 3.1).
func isScheme[T input](s T) bool {
	if len(s) == 0 || !isAlnum(s[0]) || s[0] <= '9' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isAlnum(s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.' {
			return false
		}
	}
	return true
}

// isUnsafe reports whether c is an ASCII character that RFC 3986 does not
// allow in a URL, so that text around a URL commonly uses it as a delimiter.
func isUnsafe(c byte) bool {
	switch c {
	case '"', '<', '>', '\\', '^', '`', '{', '|', '}':
		return true
	}
	return false
}
