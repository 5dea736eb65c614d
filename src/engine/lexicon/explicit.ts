// Sexually explicit words and phrases (word-view keys).

/** Explicit on their own. */
export const EXPLICIT_TERMS = [
  'porn', 'porno', 'pornography', 'pornographic', 'pron', 'xxx', 'nsfw', 'nude', 'nudes', 'nudity', 'topless',
  'bottomless', 'sex tape', 'sextape', 'sex video', 'sex vid', 'onlyfans', 'only fans', 'fansly', 'camgirl', 'cam girl',
  'webcam show', 'stripper pics', 'boobs', 'tits', 'titties', 'boobies', 'dick pic', 'dick pics',
  'dickpic', 'cock', 'pussy', 'blowjob', 'blow job', 'handjob', 'hand job', 'cumshot', 'cum', 'creampie', 'orgy',
  'threesome', 'gangbang', 'milf', 'hentai', 'erotic', 'erotica', 'sexting', 'sext', 'horny', 'jerk off', 'jerking off',
  'jack off', 'masturbate', 'masturbating', 'masturbation', 'dildo', 'bdsm',
  'deepthroat', 'booty pics', 'xxx link', 'adult content', 'hookup pics',
  'sexual favors', 'lap dance', 'strip club pics', 'naked pics', 'naked photos', 'naked pictures', 'naked video',
  'naked selfie', 'nude pics', 'nude photos', 'send nudes', 'sexy pics', 'spicy pics', 'leaked nudes', 'rule 34',
  'penis', 'vagina', 'genitals', 'cameltoe', 'upskirt', 'softcore', 'bukkake', 'fellatio', 'cunnilingus',
  'get laid', 'getting laid', 'smash session', 'ass pics', 'butt pics', 'lap dances', 'no clothes on', 'clothes off',
  'pics for subscribers', 'for subscribers', 'for my subscribers', 'subscribers only', 'handcuffs in the bedroom', 'tie (?:you|me|her|him) up and',
  'fuck (?:you|her|him|me) (?:until|till|so hard|all night|senseless)', 'getting railed', 'raw sex', 'nothing on but', 'rest of the set', 'got railed', 'absolutely railed', 'was a freak', 'got the whole thing on video', 'the spicy one', 'swipe for the spicy', 'be in bed', 'nasty details', 'full nasty', 'with nothing underneath', 'nothing underneath', 'see through bikini', 'fuck (?:your|my|his|her) (?:wife|husband|gf|bf|girlfriend|boyfriend)', 'rode me', 'in nothing but', 'bend her over', 'bend him over', 'bent her over', 'wore nothing but', 'nothing but my', 'spicy ones', 'took off everything else', 'she took off everything', 'nothing else on', 'full frontal', 'sex story', 'sex stories', 'dirty stories', 'flashes everything', 'flashed everything', 'flashes her', 'flashing her', 'fuck me in', 'fuck me on', 'fuck me against', 'fuck me like', 'handcuff me to the bed', 'tie me to the bed', 'bend me over', 'ride me',
  'headboard cracked', 'headboards cracked', 'broke the headboard', 'skinny dipping pic', 'skinny dipping pics', 'skinny dipping photo',
  'gonewild', 'gone wild post', 'noods', 'noodz', 'nudez', 'send noods', 'send nudez', 'send noodz', 'no clothes', 'wearing nothing but',
  'on my of', 'my of link', 'of link in bio', 'link in bio 18', 'spicy content', 'spicy link', 'uncensored version', 'uncensored pics', 'uncensored photos', 'uncensored content', 'uncensored vids', 'uncensored nudes', 'uncensored selfies', 'nip slip',
  'naughty pics', 'boudoir', 'nudie', 'nudies', 'sex toy', 'sex toys', 'pornhub', 'xvideos', 'chaturbate', 'strip tease', 'striptease',
  'nude beach pics', 'nude beach photos', 'nude beach pictures', 'strippers', 'stripper', 'strip club', 'x rated', 'sex act', 'sex acts', 'oral sex', 'having sex', 'had sex', 'nudist pics',
];

/** Explicit only next to a picture/video word ("naked pics"), otherwise ambiguous ("the naked truth"). */
export const EXPLICIT_WITH_MEDIA = ['hardcore', 'naked', 'sexy', 'spicy', 'steamy', 'dirty', 'undressed', 'lingerie', 'bikini', 'explicit', 'x rated', 'nasty', 'freaky', 'raunchy', 'risque'];
export const MEDIA_WORDS = ['version', 'pics in', 'post', 'posts', 'shoot', 'pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'video', 'videos', 'vid', 'vids', 'selfie', 'selfies', 'clip', 'clips', 'snap', 'snaps', 'content', 'link', 'shots'];

/** Contexts where a sexual word is police, medical or news vocabulary, not explicit content. */
export const EXPLICIT_SAFE_CONTEXT = [
  'sexual assault', 'sexual abuse', 'sexual harassment', 'sex offender', 'sex offenders', 'sex offense', 'sex crimes',
  'sex crime', 'sex trafficking', 'sexual orientation', 'sex education', 'sexual health', 'sexual violence',
  'child pornography', 'sex worker', 'sex workers', 'same sex', 'opposite sex', 'safe sex', 'sex ed', 'sexual misconduct',
  'breast cancer', 'nude beach', 'cum laude', 'magna cum laude', 'summa cum laude', 'anal fissure', 'fetish for',
];
