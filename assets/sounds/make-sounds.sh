#!/usr/bin/env bash
# Makes every sound of the press room from nothing but sox, byte for byte the same on every run
# (-R seeds sox's random numbers), and writes them to public/sounds/ as Ogg Vorbis (Chromium,
# Firefox, recent Safari) and MP3 (the fallback for older Safari). Needs: sox libsox-fmt-all.
#
#   assets/sounds/make-sounds.sh          make all sounds, print their stats
#
# Each sound below says what it is for and how it is built. Levels: the effects peak at -3 to -6
# dBFS; the ambience is quiet (peak about -17 dBFS) so it sits under speech and other cues.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../public/sounds"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

command -v sox >/dev/null || { echo "sox is missing: apt-get install -y sox libsox-fmt-all" >&2; exit 1; }

SR=44100
sx() { sox -R -V2 "$@"; }
# Generators write at -15 dBFS so that mixing and reverb never clip on the way; each sound is
# normalised once at the end.
gen() { local dst=$1; shift; sx -r "$SR" -n "${fmt[@]}" "$dst" "$@" gain -15; }
fmt=(-r "$SR" -c 1 -b 16)

# Every noisy layer cuts its own stretch from one long noise take: with -R each `synth noise`
# would start from the same seed, and identical layers would sum into one louder layer.
gen "$work/noise.wav" synth 90 whitenoise
noise() { # noise OFFSET LENGTH OUT [effects…]
  local off=$1 len=$2 dst=$3; shift 3
  sx "$work/noise.wav" "$dst" trim "$off" "$len" "$@"
}

# Makes IN loop seamlessly as LEN seconds: the last FADE seconds past LEN are cross-faded (equal
# power) into the first FADE seconds, so the end flows into the start with no click or gap.
make_loop() { # make_loop IN LEN FADE OUT
  local in=$1 len=$2 fade=$3 dst=$4
  sx "$in" "$work/head.wav" trim 0 "$fade" fade q "$fade"
  sx "$in" "$work/tail.wav" trim "$len" "$fade" fade q 0 "$fade" "$fade"
  sx -m -v 1 "$work/head.wav" -v 1 "$work/tail.wav" "$work/xfade.wav"
  sx "$in" "$work/body.wav" trim "$fade" "=$len"
  sx "$work/xfade.wav" "$work/body.wav" "$dst"
}

# --- ambience: press-room murmur over room tone, a 12 s seamless loop ------------------------
# Six "voices" of band-passed noise, each pulsed at a syllable rate (3-6 Hz) and a slower phrase
# rate, so they babble without words; a low room rumble; a far cough and some paper. Reverb puts
# it all across the room.
voice() { # voice N OFFSET CENTRE_HZ SYLLABLE_HZ PHRASE_HZ
  noise "$2" 14 "$work/voice$1.wav" sinc 180-3200 bandpass "$3" 1.2q \
    tremolo "$4" 85 tremolo "$5" 70
}
voice 1 1 520 3.3 0.23
voice 2 16 760 4.1 0.31
voice 3 31 1050 5.2 0.17
voice 4 46 640 3.7 0.41
voice 5 61 900 4.6 0.27
voice 6 76 1350 5.9 0.19
noise 5 14 "$work/rumble.wav" lowpass 120 lowpass 120 gain 12
noise 40 0.35 "$work/cough1.wav" bandpass 700 1.5q fade t 0.01 0.35 0.3 tremolo 9 90
noise 50 0.3 "$work/cough2.wav" bandpass 650 1.5q fade t 0.01 0.3 0.26
noise 60 0.5 "$work/paper.wav" highpass 2500 tremolo 23 95 fade h 0.05 0.5 0.3
sx "$work/cough1.wav" "$work/cough.wav" pad 4.7 0 # two coughs, the second shorter
sx "$work/cough2.wav" "$work/cough_b.wav" pad 5.15 0
sx "$work/paper.wav" "$work/paper_at.wav" pad 9.3 0
sx -m -v 0.5 "$work/voice1.wav" -v 0.45 "$work/voice2.wav" -v 0.4 "$work/voice3.wav" \
  -v 0.45 "$work/voice4.wav" -v 0.4 "$work/voice5.wav" -v 0.3 "$work/voice6.wav" \
  -v 0.5 "$work/rumble.wav" -v 0.35 "$work/cough.wav" -v 0.25 "$work/cough_b.wav" \
  -v 0.12 "$work/paper_at.wav" "$work/amb_raw.wav" \
  reverb 70 50 100 lowpass 3000 highpass 60
make_loop "$work/amb_raw.wav" 12 2 "$work/ambience.wav"
sx "$work/ambience.wav" "$work/ambience_n.wav" gain -n -17
mv "$work/ambience_n.wav" "$work/ambience.wav"

# --- shutter: a burst of four camera shutters from photographers around the room -------------
# One shutter is two clicks (curtain open, curtain close) ~50 ms apart: a noise crack band-passed
# high, with a short metallic ring. The four differ in pitch, loudness and timing.
shutter() { # shutter N OFFSET BAND_HZ GAP_S
  noise "$2" 0.03 "$work/sa$1.wav" bandpass "$3" 1q fade l 0 0.03 0.029
  noise "$(echo "$2 + 0.5" | bc)" 0.04 "$work/sb$1.wav" bandpass "$(echo "$3 * 0.7" | bc)" 1q fade l 0 0.04 0.039
  gen "$work/sr$1.wav" synth 0.02 sine "$(echo "$3 * 1.3" | bc)" fade p 0 0.02 0.019
  sx -m "$work/sa$1.wav" "$work/sr$1.wav" "$work/sc$1.wav"
  sx "$work/sb$1.wav" "$work/sd$1.wav" pad "$4" 0
  sx -m -v 1 "$work/sc$1.wav" -v 0.8 "$work/sd$1.wav" "$work/shutter$1.wav"
}
shutter 1 2 3400 0.055
shutter 2 3 2900 0.048
shutter 3 4 3800 0.060
shutter 4 5 3100 0.052
sx "$work/shutter2.wav" "$work/s2.wav" pad 0.16 0
sx "$work/shutter3.wav" "$work/s3.wav" pad 0.29 0
sx "$work/shutter4.wav" "$work/s4.wav" pad 0.47 0
sx -m -v 1 "$work/shutter1.wav" -v 0.7 "$work/s2.wav" -v 0.85 "$work/s3.wav" -v 0.6 "$work/s4.wav" \
  "$work/shutter.wav" reverb 25 50 40 100 0 -10 pad 0 0.15 gain -n -4

# --- tick: the last five seconds of an answer -------------------------------------------------
# A dry wood-block tick: a short high sine knock over a noise transient. Short (80 ms) so a tick
# per second never overlaps the next.
gen "$work/tick_tone.wav" synth 0.08 sine 1900 fade p 0 0.08 0.075
gen "$work/tick_body.wav" synth 0.08 sine 950 fade p 0 0.08 0.07
noise 7 0.01 "$work/tick_click.wav" highpass 2000 fade t 0 0.01 0.009
sx -m -v 1 "$work/tick_tone.wav" -v 0.5 "$work/tick_body.wav" -v 0.6 "$work/tick_click.wav" \
  "$work/tick.wav" gain -n -10

# --- notify: a new post in the social feed ----------------------------------------------------
# Two soft rounded notes a fourth apart (A5 then D6), gentle attack, a little room.
gen "$work/n1.wav" synth 0.16 sine 880 sine 1760 remix 1v0.8,2v0.1 fade h 0.008 0.16 0.12
gen "$work/n2.wav" synth 0.26 sine 1174.66 sine 2349.32 remix 1v0.8,2v0.1 fade h 0.008 0.26 0.22 pad 0.09 0
sx -m "$work/n1.wav" "$work/n2.wav" "$work/notify.wav" reverb 20 50 30 pad 0 0.1 gain -n -6

# --- sting: breaking news ---------------------------------------------------------------------
# A three-note brass-like motif rising G4 - D5 - G5, the last held and fading, over a low drum
# hit. Two slightly detuned saw waves per note, filtered, make the brass.
note() { # note N HZ LENGTH
  local f=$2 len=$3
  gen "$work/note$1.wav" synth "$len" sawtooth "$f" sawtooth "$(echo "$f * 1.006" | bc -l)" \
    sine "$(echo "$f / 2" | bc -l)" remix 1v0.4,2v0.4,3v0.5 lowpass 2600 lowpass 3500 \
    fade l 0.012 "$len" "$(echo "$len * 0.8" | bc -l)"
}
note 1 392.00 0.17
note 2 587.33 0.17
note 3 783.99 1.0
sx "$work/note2.wav" "$work/note2p.wav" pad 0.15 0
sx "$work/note3.wav" "$work/note3p.wav" pad 0.30 0
gen "$work/drum.wav" synth 0.6 sine 95-55 fade p 0.005 0.6 0.55
noise 9 0.06 "$work/drum_hit.wav" lowpass 900 fade p 0 0.06 0.055
sx -m -v 0.9 "$work/note1.wav" -v 0.9 "$work/note2p.wav" -v 1 "$work/note3p.wav" \
  -v 0.9 "$work/drum.wav" -v 0.5 "$work/drum_hit.wav" "$work/sting.wav" \
  reverb 40 50 70 pad 0 0.2 gain -n -4

# --- call: a desk phone ringing ---------------------------------------------------------------
# The electronic trill of an office phone: two tones (1300/1650 Hz, each with a quiet octave)
# taking turns 20 times a second, in two bursts of 0.7 s. Each tone runs continuously and is gated
# by a soft-edged (trapezium) wave, so the trill has no clicks; softened so it does not pierce at
# projector volume.
trill_tone() { # trill_tone OUT HZ GATE_PHASE_PERCENT
  gen "$1" synth 0.7 sine "$2" sine "$(($2 * 2))" remix 1v0.8,2v0.2 synth trapezium amod 20 0 "$3"
}
trill_tone "$work/trill_a.wav" 1300 0
trill_tone "$work/trill_b.wav" 1650 50
sx -m "$work/trill_a.wav" "$work/trill_b.wav" "$work/burst.wav" lowpass 3500 fade h 0.01 0.7 0.04
sx "$work/burst.wav" "$work/burst2.wav" pad 0.92 0
sx -m -v 1 "$work/burst.wav" -v 1 "$work/burst2.wav" "$work/call.wav" reverb 15 50 30 100 0 -8 pad 0 0.1 gain -n -8

# --- answer: soft confirmation when an answer is given ----------------------------------------
# A warm plucked G5 with a quiet D6 above it: short, round, never competing with the feedback.
gen "$work/a1.wav" synth 0.5 pluck 783.99 fade p 0.004 0.5 0.45
gen "$work/a2.wav" synth 0.45 sine 1174.66 fade h 0.01 0.45 0.4 pad 0.06 0
sx -m -v 1 "$work/a1.wav" -v 0.35 "$work/a2.wav" "$work/answer.wav" lowpass 5000 reverb 20 50 30 gain -n -6

# --- encode and check -------------------------------------------------------------------------
# Vorbis quality and MP3 bit rate per sound: the long ambience gets the fewest bits; mono
# throughout. A sound whose decoded peak reaches -1 dBFS fails the run (clipping risk).
encode() { # encode NAME VORBIS_QUALITY MP3_KBPS
  sx "$work/$1.wav" -C "$2" "$out/$1.ogg"
  sx "$work/$1.wav" -C "$3" "$out/$1.mp3"
}
encode ambience 0 40
encode shutter 3 64
encode tick 3 64
encode notify 3 64
encode sting 3 80
encode call 3 64
encode answer 3 64

status=0
printf '%-14s %8s %9s %9s %8s\n' file seconds 'peak dB' 'RMS dB' bytes
for f in "$out"/*.ogg "$out"/*.mp3; do
  stats=$(sox "$f" -n stats 2>&1)
  peak=$(awk '/^Pk lev dB/ {print $4}' <<<"$stats")
  rms=$(awk '/^RMS lev dB/ {print $4}' <<<"$stats")
  len=$(soxi -D "$f")
  printf '%-14s %8.2f %9s %9s %8d\n' "$(basename "$f")" "$len" "$peak" "$rms" "$(stat -c %s "$f")"
  if awk -v p="$peak" 'BEGIN { exit !(p > -1) }'; then echo "  $f peaks above -1 dBFS" >&2; status=1; fi
done
printf 'total %d bytes\n' "$(cat "$out"/*.ogg "$out"/*.mp3 | wc -c)"
exit $status
