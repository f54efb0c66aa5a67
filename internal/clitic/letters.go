package clitic

import "github.com/go-arabic/arabic/internal/clitic/lexicon"

// The letter codes and sections of package lexicon that the rules name.
const (
	hamza      = lexicon.Hamza
	alef       = lexicon.Alef
	beh        = lexicon.Beh
	tehMarbuta = lexicon.TehMarbuta
	teh        = lexicon.Teh
	reh        = lexicon.Reh
	seen       = lexicon.Seen
	ghain      = lexicon.Ghain
	feh        = lexicon.Feh
	kaf        = lexicon.Kaf
	lam        = lexicon.Lam
	meem       = lexicon.Meem
	noon       = lexicon.Noon
	heh        = lexicon.Heh
	waw        = lexicon.Waw
	yeh        = lexicon.Yeh

	whole      = lexicon.Whole
	stem       = lexicon.Stem
	noEnclitic = lexicon.NoEnclitic
	host       = lexicon.Host
	function   = lexicon.Function
	wasla      = lexicon.Wasla
	name       = lexicon.Name

	codeBits = lexicon.CodeBits
)
