"""Data for the contest-tracker demo archive: outlets, real quotes, tweets, articles.

All outlets and bylines are fictional; the prose is ours and keeps to the facts
in shared/contest-facts/labour-2016.md. Every quotation is copied verbatim from
that file or from the seed article (shared/seed/article-2016-08-25-corbyn-snp.txt),
whose text is kept here so that the build needs nothing outside this folder.
"""

# The seed article, verbatim (shared/seed/article-2016-08-25-corbyn-snp.txt).
SEED_TEXT = "Jeremy Corbyn has ruled out a formal pact with the SNP – but insists he would welcome Nationalist support for his policies.\nThe Labour leader had come under pressure from within his own party to make the statement after Dave Anderson, his shadow Scottish Secretary, said he would be open to a coalition if it kept the Conservatives out of power.\nSpeaking to activists ahead of a hustings in Glasgow with Owen Smith, the man challenging him for the top job in the party, Mr Corbyn also slammed the SNP’s economic policy.\nHe said the Government Expenditure and Revenue Scotland (GERS) statistics, which revealed a Scottish deficit of £14.8 billion in 2015/16, showed independence would not be in the best interests of Scotland.\nMr Corbyn said: “I won’t be looking for an alliance from the SNP. I will welcome support for our policies from any other party.”\nHe added: “A Scottish deficit of £15 billion raises a huge question mark over the central economic mission of the SNP.”\nThe current UK boss also refused to say he supported Scottish leader Kezia Dugdale, who has given her backing to Mr Smith.\nHe said: “I stand just as Scottish Labour did in May on an unashamedly anti-austerity platform with policies that will ensure that no-one across Scotland and the rest of the country is left behind.\n“I’m therefore disappointed that my friend Kezia Dugdale does not sign up to this programme at the moment.”\nHe added he hoped the pair could continue working together if he is re-elected at the Labour conference in Liverpool next month.\nTonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE & tomorrow in Dundee. RSVP here → https://t.co/U3W0UEu4hD\n— Jeremy Corbyn (@jeremycorbyn) August 25, 2016\nMeanwhile, Mr Corbyn has also announced that a Labour government would create a Scottish investment bank to “unlock the potential” of small businesses in the country.\nHe said: “We will create a Scottish national bank under Scottish control and backed by the national investment bank.\n“With £20bn of lending power to deliver funds to local projects and Scotland’s small businesses.\n“Just 8% of lending to small businesses in the UK goes to Scotland, compared to one third who that goes to London and the rest of the South East.”"


# --- Original sources ---------------------------------------------------------
# Addresses from shared/contest-facts/labour-2016.md, with https:// prefixed.
SRC = {
    "itv": "https://itv.com/news/2016-07-11/angela-eagle-formally-announces-leadership-bid-against-corbyn",
    "indy": "https://the-independent.com/news/uk/politics/jeremy-corbyn-loses-no-confidence-vote-among-labour-mps-by-176-to-40-a7107826.html",
    "std": "https://standard.co.uk/news/politics/angela-eagle-withdraws-from-labour-leadership-race-a3299596.html",
    "guardian12": "https://theguardian.com/politics/2016/jul/12/jeremy-corbyn-must-be-on-labour-leadership-ballot-paper-party-rules-nec",
    "labourlist_nec": "https://labourlist.org/2016/07/corbyn-will-be-on-ballot-automatically-after-triumph-in-nec-battle",
    "buzzfeed": "https://buzzfeed.com/jimwaterson/jeremy-corbyn-wins-battle-to-be-on-labour-leadership-ballot",
    "guardian14": "https://theguardian.com/politics/2016/jul/14/labour-donor-to-mount-legal-challenge-over-leadership-ballot",
    "newstalk": "https://newstalk.com/reader/47.301/76081/0/",
    "rte": "https://rte.ie/news/world/2016/0728/805468-jeremy-corbyn/",
    "ibtimes": "https://ibtimes.co.uk/court-appeal-backs-labour-over-blocking-130000-new-members-voting-leadership-contest-1575776",
    "aol": "https://aol.co.uk/news/2016/08/12/court-of-appeal-rules-that-labour-did-have-the-power-to-block-new-members-from-voting-for-leadership/",
    "sky": "https://news.sky.com/story/owen-smith-to-fight-for-labour-leadership-10500012",
    "express": "https://express.co.uk/news/uk/688325/Angela-Eagle-Angela-Leadsom-press-conference",
    "cityam": "https://cityam.com/?p=297795",
    "std_smith": "https://iframe.standard.co.uk/news/politics/owen-smith-set-to-enter-labour-leadership-contest-in-bid-to-oust-jeremy-corbyn-a3294476.html",
    # The seed article has no recorded original address: its own page in this
    # archive stands in for it (see README, "Deviations").
    "seed": "{{ARCHIVE}}/westminster-courier/2016/08/25/corbyn-rules-out-snp-pact.html",
}

# --- Registry of real quotes ---------------------------------------------------
# Every quoted string in a generated page must be a substring of one of these
# (and of the facts file or seed); build.py maps each quoted span back to its
# entry to fill the manifest and the banner's source links. Paragraph breaks of
# multi-paragraph quotes are joined with a space here.
QUOTES = {
    "eagle_socialist": ("Angela Eagle", "angela-eagle", "itv", "practical socialist"),
    "eagle_own_woman": ("Angela Eagle", "angela-eagle", "itv",
        "I'm not a Blairite, I'm not a Brownite and I'm not a Corbynista. I am my own woman."),
    "eagle_offer": ("Angela Eagle", "angela-eagle", "itv",
        "I wouldn't do this if I didn't think I had something to offer to bring our party and our country back together"),
    "plp_motion": ("Parliamentary Labour Party", None, "indy",
        "That this PLP has no confidence in Jeremy Corbyn as Leader of the Parliamentary Labour Party."),
    "corbyn_betrayal": ("Jeremy Corbyn", "jeremy-corbyn", "indy", "betrayal"),
    "eagle_lockstep": ("Angela Eagle", "angela-eagle", "std",
        "We are in lock-step together, arguing for a united Labour Party."),
    "eagle_not_working": ("Angela Eagle", "angela-eagle", "std",
        "We have a Labour Party at the moment that is not working, we've got a leader that doesn't have the confidence of his Members of Parliament and isn't reaching out to the country. "
        "We need to have a strong and united Labour Party so we can be a good opposition, take the fight to the Conservative Government and heal our country. "
        "So I am announcing tonight that I will be supporting Owen in that endeavour with all my enthusiasm and might."),
    "corbyn_ballot_paper": ("Jeremy Corbyn", "jeremy-corbyn", "guardian12",
        "I'm on the ballot paper! We will be campaigning on all the things that matter. The inequality and poverty that exists in this country, the need to end the privatisation of our National Health Service, the need to give real hope and opportunity to young people all across this country."),
    "nec_spokesperson": ("Labour Party spokesperson", None, "labourlist_nec",
        "The NEC has agreed that as the incumbent Leader Jeremy Corbyn will go forward onto the ballot without requiring nominations from the Parliamentary Labour Party and the European Parliamentary Labour Party. All other leadership candidates will require nominations from twenty percent of the PLP and EPLP."),
    "eagle_glad": ("Angela Eagle", "angela-eagle", "buzzfeed",
        "I'm glad the NEC has come to a conclusion. I welcome the contest ahead and I am determined to win it."),
    "corbyn_length_breadth": ("Jeremy Corbyn", "jeremy-corbyn", "buzzfeed", "length and breadth of the country"),
    "corbyn_strengthen": ("Jeremy Corbyn", "jeremy-corbyn", "buzzfeed",
        "strengthen our party in order to defeat this Tory government and bring in a government that cares for the people"),
    "watson_legal": ("Tom Watson", "tom-watson", "guardian14",
        "This legal challenge is very unhelpful and destabilising to the Labour party. The NEC made a decision. They ruled that Jeremy Corbyn is automatically on the ballot paper. We must respect that decision and give our members a choice of candidates as soon as possible."),
    "corbyn_politcs": ("Jeremy Corbyn", "jeremy-corbyn", "newstalk",
        "I was democratically elected leader of our party for a new kind of politcs by 60% of Labour members and supporters, and I will not betray them by resigning. "
        "Today's vote by MPs has no constitutional legitimacy."),
    "mcnicol_court": ("Iain McNicol", "iain-mcnicol", "rte",
        "We are delighted that the court has upheld the authority and decision of the national executive committee of the Labour Party. "
        "We will continue with the leadership election as agreed by the NEC."),
    "lillis_appeal": ("Paddy Lillis", "paddy-lillis", "ibtimes",
        "The Labour Party welcomes the decision of the Appeal Court. The Party has said consistently throughout this process that we would defend vigorously the decisions of the NEC."),
    "mcdonnell_democratic": ("John McDonnell", "john-mcdonnell", "ibtimes",
        "We are a democratic socialist party, you cannot have one without the other. I hope that Labour HQ rethinks this decision ..."),
    "campaign_wrong_decision": ("Corbyn campaign spokesman", None, "aol",
        "We think that this is the wrong decision - both legally and democratically. "
        "The Court's ruling disenfranchises nearly 130,000 Labour members, who joined the party since January and were explicitly told that they would have a vote in any leadership election."),
    "beatson_ruling": ("Lord Justice Beatson", None, "aol",
        "On the correct interpretation of the party rules, the National Executive Committee has the power to set the criteria for members to be eligible to vote in the leadership election in the way that it did."),
    "corbyn_come_together": ("Jeremy Corbyn", "jeremy-corbyn", "sky",
        "I'm sure Labour MPs will understand that the party has to come together in order to present to the British people the options of a different and better way of doing things."),
    "mcnicol_trigger": ("Iain McNicol", "iain-mcnicol", "express",
        "I have now received sufficient nominations to trigger a contest for the position of leader of the Labour Party."),
    "smith_split": ("Owen Smith", "owen-smith", "std_smith",
        "I am not prepared to stand by and see our party split"),
    # From the seed article (Jeremy Corbyn, 25 August 2016).
    "seed_alliance": ("Jeremy Corbyn", "jeremy-corbyn", "seed",
        "I won’t be looking for an alliance from the SNP. I will welcome support for our policies from any other party."),
    "seed_deficit": ("Jeremy Corbyn", "jeremy-corbyn", "seed",
        "A Scottish deficit of £15 billion raises a huge question mark over the central economic mission of the SNP."),
    "seed_austerity": ("Jeremy Corbyn", "jeremy-corbyn", "seed",
        "I stand just as Scottish Labour did in May on an unashamedly anti-austerity platform with policies that will ensure that no-one across Scotland and the rest of the country is left behind. "
        "I’m therefore disappointed that my friend Kezia Dugdale does not sign up to this programme at the moment."),
    "seed_unlock": ("Jeremy Corbyn", "jeremy-corbyn", "seed", "unlock the potential"),
    "seed_bank": ("Jeremy Corbyn", "jeremy-corbyn", "seed",
        "We will create a Scottish national bank under Scottish control and backed by the national investment bank. "
        "With £20bn of lending power to deliver funds to local projects and Scotland’s small businesses. "
        "Just 8% of lending to small businesses in the UK goes to Scotland, compared to one third who that goes to London and the rest of the South East."),
}

# --- Real tweets ---------------------------------------------------------------
# Ids are unknown: no id, no status URL. The date link goes to the page that
# reported the tweet.
TWEETS = {
    "eagle": {
        "text": ".@OwenSmith_MP will make a great Leader for Labour and a great PM. He has the values, vision & policies we need to take on the Tories",
        "name": "Angela Eagle", "handle": "angelaeagle", "date": "2016-07-19",
        "source": "cityam",
    },
    "corbyn": {
        "text": "Tonight we're holding a #LabourLeadership rally in Glasgow https://t.co/wiKETk5orE & tomorrow in Dundee. RSVP here → https://t.co/U3W0UEu4hD",
        "name": "Jeremy Corbyn", "handle": "jeremycorbyn", "date": "2016-08-25",
        "source": "seed",
    },
}

# --- Outlets -------------------------------------------------------------------
OUTLETS = {
    "wc": dict(slug="westminster-courier", name="The Westminster Courier", short="Courier",
               metadata="json-ld", feed="rss", layout="article + div.article-body",
               tagline="Politics and power, since nobody asked", language="en"),
    "nl": dict(slug="northern-ledger", name="Northern Ledger", short="Ledger",
               metadata="json-ld (@graph)", feed="atom", layout="nested divs, div#story-body",
               tagline="News from Tyne, Wear and Tees", language="en"),
    "cc": dict(slug="clydeside-chronicle", name="Clydeside Chronicle", short="Chronicle",
               metadata="opengraph", feed="rss", layout="main > section.story > div.story__content",
               tagline="Glasgow and the west, every day", language="en"),
    "vg": dict(slug="valleys-gazette", name="Valleys Gazette", short="Gazette",
               metadata="none (date in dateline text only)", feed="rss", layout="legacy tables, td.storytext; URLs /news/<id>-<slug>.html",
               tagline="Serving the valleys of south Wales", language="en"),
    "mep": dict(slug="mersey-evening-post", name="Mersey Evening Post", short="Post",
                metadata="microdata (itemprop) + <time datetime>", feed="atom", layout="div.post-wrapper > div.entry-content",
                tagline="Liverpool, Wirral and Merseyside", language="en"),
}

AUTHORS = {
    "wc": ["Harriet Pemberton", "Tom Ashdown", "Priya Malhotra-Keane"],
    "nl": ["Kath Robson", "Dan Hedley", "Aileen Cowey"],
    "cc": ["Iain Baird", "Catriona Ness", "Fergus Dalgleish"],
    "vg": ["Sian Pritchard", "Gareth Llewellyn"],
    "mep": ["Jenny Quayle", "Paul Rimmer", "Bernadette Okafor"],
}


# --- Articles ------------------------------------------------------------------
# Prose is ours and keeps to the facts file; every quoted span is a real quote
# from QUOTES. Body items: a string is a paragraph; ("h2", text); ("fig", caption)
# an inline image figure; ("tweet", key, "plain"|"guardian"); ("table", rows).
# Outlets with quote_style "straight" get “ ” turned into " when built.

def A(outlet, when, slug, title, dek, body, author=0, section="Politics",
      on_topic=True, img=None, tags=()):
    return dict(outlet=outlet, when=when, slug=slug, title=title, dek=dek,
                body=body, author=author, section=section, on_topic=on_topic,
                img=img, tags=list(tags))


ARTICLES = [
    # ---------------------------------------------------------------- 28 June
    A("wc", "2016-06-28 18:40", "corbyn-loses-confidence-vote-of-labour-mps",
      "Corbyn loses confidence vote of Labour MPs by 172 to 40",
      "The Labour leader says he will not resign after a secret ballot of the parliamentary party.",
      [
        "Jeremy Corbyn lost a vote of no confidence among Labour MPs this evening by 172 votes to 40, but the Labour leader immediately made clear that he would not stand down.",
        "The secret ballot of the Parliamentary Labour Party opened at 10am in Westminster and the result was announced at around 5pm. Four ballot papers were spoilt and 13 MPs did not vote, putting turnout at 95%.",
        "Labour confirmed its MPs had adopted the motion: “That this PLP has no confidence in Jeremy Corbyn as Leader of the Parliamentary Labour Party.”",
        ("fig", "Jeremy Corbyn leaves a meeting in Westminster on the day of the vote. Demo placeholder image."),
        "The motion is not binding under the party's rules, and Mr Corbyn said that stepping down would be a “betrayal” of the members who elected him.",
        "In a statement issued after the result, Mr Corbyn said: “I was democratically elected leader of our party for a new kind of politcs by 60% of Labour members and supporters, and I will not betray them by resigning.",
        "“Today's vote by MPs has no constitutional legitimacy.”",
        "The result follows a wave of resignations from the shadow cabinet after the sacking of Hilary Benn as shadow foreign secretary at the weekend.",
        "Any challenger would need the nominations of 20% of Labour's MPs and MEPs to force a leadership contest.",
      ], author=0, img="Members of the Parliamentary Labour Party arrive for the ballot. Demo placeholder image.",
      tags=["Labour leadership", "Jeremy Corbyn"]),

    A("vg", "2016-06-28 21:15", "labour-mps-back-no-confidence-motion",
      "Labour MPs back no-confidence motion in Corbyn",
      "Secret ballot goes 172 to 40 against the Labour leader.",
      [
        "Labour MPs voted by 172 to 40 tonight in favour of a motion of no confidence in their leader, Jeremy Corbyn.",
        "The vote of the Parliamentary Labour Party was held by secret ballot in Westminster today. Four papers were spoilt and 13 MPs did not vote.",
        "The motion read: “That this PLP has no confidence in Jeremy Corbyn as Leader of the Parliamentary Labour Party.”",
        "In a statement issued following the vote, the Labour leader said: “I was democratically elected leader of our party for a new kind of politcs by 60% of Labour members and supporters, and I will not betray them by resigning.",
        "“Today's vote by MPs has no constitutional legitimacy.”",
        "Owen Smith, the Pontypridd MP, stood down as shadow work and pensions secretary this week.",
      ], author=0),

    A("nl", "2016-06-29 07:30", "corbyn-defiant-after-no-confidence-defeat",
      "Corbyn defiant after no-confidence defeat",
      "Labour leader says the vote of his MPs has no constitutional legitimacy.",
      [
        "Jeremy Corbyn woke this morning still leader of the Labour Party after telling his MPs that he would not quit, despite losing yesterday's confidence vote by 172 votes to 40.",
        "The Islington North MP said that resigning would be a “betrayal” of the party members who elected him last year.",
        "“I was democratically elected leader of our party for a new kind of politcs by 60% of Labour members and supporters, and I will not betray them by resigning,” the Labour leader said in a statement. “Today's vote by MPs has no constitutional legitimacy.”",
        "Yesterday's ballot of the Parliamentary Labour Party was secret. Voting began at 10am and the result came at about 5pm, with four spoilt papers and 13 MPs not voting.",
        ("fig", "The Palace of Westminster, where the Parliamentary Labour Party met on Tuesday. Demo placeholder image."),
        "The vote came after a series of frontbench resignations that followed the sacking of Hilary Benn at the weekend.",
        "Party members in the North East will be watching closely: any leadership contest would be decided by members and supporters, not by MPs alone.",
      ], author=0, img="Jeremy Corbyn at an earlier rally. Demo placeholder image."),

    # ---------------------------------------------------------------- early July
    A("mep", "2016-07-08 16:20", "wallasey-mp-eagle-set-to-challenge-corbyn",
      "Wallasey MP Angela Eagle set to challenge Corbyn on Monday",
      "The former shadow business secretary is expected to launch a bid for the Labour leadership.",
      [
        "Wallasey MP Angela Eagle is expected to launch a challenge to Jeremy Corbyn's leadership of the Labour Party on Monday.",
        "Ms Eagle resigned as shadow business secretary last month. On 28 June the Parliamentary Labour Party backed a motion of no confidence in Mr Corbyn by 172 votes to 40.",
        "Mr Corbyn has refused to resign, saying that he was elected by the membership and that stepping down would be a “betrayal” of them.",
        "A challenger needs the backing of 20% of Labour MPs and MEPs to trigger a contest. Party officials will then have to decide whether Mr Corbyn, as the incumbent, goes on the ballot automatically.",
      ], author=0),

    # ---------------------------------------------------------------- 11 July
    A("mep", "2016-07-11 13:05", "angela-eagle-launches-labour-leadership-challenge",
      "Angela Eagle launches Labour leadership challenge",
      "Wallasey MP tells a Westminster press conference she is her own woman.",
      [
        "Angela Eagle today formally launched her challenge to Jeremy Corbyn for the leadership of the Labour Party.",
        "The MP for Wallasey made the announcement at a midday press conference in Westminster, in a small room in central London.",
        "Describing herself as a “practical socialist”, she said: “I'm not a Blairite, I'm not a Brownite and I'm not a Corbynista. I am my own woman.”",
        "“I wouldn't do this if I didn't think I had something to offer to bring our party and our country back together,” she told supporters in London.",
        ("fig", "Angela Eagle speaks at her launch in Westminster. Demo placeholder image."),
        "Labour's general secretary, Iain McNicol, confirmed that the threshold had been reached. Mr McNicol said: “I have now received sufficient nominations to trigger a contest for the position of leader of the Labour Party.”",
        "The party's national executive committee meets tomorrow to decide the timetable and whether Mr Corbyn needs nominations to get on the ballot paper.",
      ], author=1, img="Angela Eagle, MP for Wallasey. Demo placeholder image.", tags=["Angela Eagle"]),

    A("wc", "2016-07-11 14:30", "eagle-i-am-my-own-woman",
      "Eagle: ‘I am my own woman’",
      "The former shadow business secretary launches her bid to replace Jeremy Corbyn.",
      [
        "Angela Eagle launched her bid for the Labour leadership at a press conference in Westminster on Monday, saying she could unite the party.",
        "“I'm not a Blairite, I'm not a Brownite and I'm not a Corbynista,” she said. “I am my own woman.”",
        "The former shadow business secretary added: “I wouldn't do this if I didn't think I had something to offer to bring our party and our country back together.”",
        "Labour's general secretary said the challenge had enough support from MPs and MEPs to go ahead. “I have now received sufficient nominations to trigger a contest for the position of leader of the Labour Party,” Mr McNicol said.",
        ("h2", "What happens next"),
        "The national executive committee meets at Labour HQ tomorrow afternoon. Its members must decide whether Jeremy Corbyn, as the sitting leader, is automatically on the ballot, or whether he too must collect nominations from MPs and MEPs.",
        "Mr Corbyn has said he will fight any contest.",
      ], author=1),

    A("cc", "2016-07-11 17:45", "eagle-formally-enters-labour-race",
      "Eagle formally enters Labour race",
      "Challenger says she wants to bring the party and the country back together.",
      [
        "Angela Eagle has formally launched a challenge to Jeremy Corbyn, telling a Westminster press conference today that she was a “practical socialist”.",
        "Ms Eagle told supporters in London: “I wouldn't do this if I didn't think I had something to offer to bring our party and our country back together.”",
        "She said: “I'm not a Blairite, I'm not a Brownite and I'm not a Corbynista. I am my own woman.”",
        "The challenger, who resigned from the shadow cabinet last month, is the MP for Wallasey on Merseyside.",
        "Labour's ruling national executive committee will meet tomorrow to settle the rules of the contest. Scottish members will be able to vote if they are eligible under the timetable the committee sets.",
      ], author=0),

    # ---------------------------------------------------------------- 12 July
    A("wc", "2016-07-12 21:50", "nec-puts-corbyn-on-leadership-ballot",
      "NEC puts Corbyn on leadership ballot by 18 votes to 14",
      "Labour's executive rules the leader does not need nominations; new members face a freeze date.",
      [
        "Jeremy Corbyn will be on the ballot paper in the Labour leadership contest after the party's national executive committee voted by 18 to 14 that he did not need nominations from MPs.",
        "The committee met at Labour HQ in London from 2pm and sat for about six hours. It first voted by 17 to 15 to hold the decision by secret ballot.",
        "A spokesperson for the party confirmed: “The NEC has agreed that as the incumbent Leader Jeremy Corbyn will go forward onto the ballot without requiring nominations from the Parliamentary Labour Party and the European Parliamentary Labour Party. All other leadership candidates will require nominations from twenty percent of the PLP and EPLP.”",
        "After the announcement a smiling Mr Corbyn spoke to cheering supporters. He said: “I'm on the ballot paper! We will be campaigning on all the things that matter. The inequality and poverty that exists in this country, the need to end the privatisation of our National Health Service, the need to give real hope and opportunity to young people all across this country.”",
        ("fig", "Supporters outside Labour HQ as the NEC meeting ran into the evening. Demo placeholder image."),
        "Angela Eagle, the challenger, said: “I'm glad the NEC has come to a conclusion. I welcome the contest ahead and I am determined to win it.”",
        "The committee also set a freeze date of 12 January: members who joined after it will not get a vote unless they pay £25 to register as a supporter during a two-day window from 18 to 20 July.",
        "The full timetable is expected to be published on Thursday.",
      ], author=0, img="Jeremy Corbyn greets supporters after the NEC meeting. Demo placeholder image.", tags=["NEC"]),

    A("nl", "2016-07-12 22:10", "corbyn-wins-nec-battle",
      "Corbyn wins NEC battle to stay on the ballot",
      "Labour leader promises to campaign the length and breadth of the country.",
      [
        "Jeremy Corbyn tonight won the right to defend his position without seeking the nominations of his MPs, after Labour's national executive committee voted 18 to 14 in his favour.",
        "“I'm on the ballot paper!” he told supporters outside Labour HQ. “We will be campaigning on all the things that matter.”",
        "Mr Corbyn said he would be campaigning the “length and breadth of the country” and that the campaign would “strengthen our party in order to defeat this Tory government and bring in a government that cares for the people”.",
        "The NEC vote was held by secret ballot after a meeting which began at 2pm.",
        "Angela Eagle, who launched her challenge yesterday, said she welcomed the contest. “I'm glad the NEC has come to a conclusion,” she said. “I welcome the contest ahead and I am determined to win it.”",
        "Registered supporters will pay £25 for a vote this time, up from £3 at the last contest, and can only sign up between 18 and 20 July.",
      ], author=1),

    A("vg", "2016-07-12 23:00", "labour-executive-decides-corbyn-automatically-on-ballot",
      "Labour executive decides Corbyn is automatically on ballot",
      "Supporters' fee raised to £25 as NEC sets rules for contest.",
      [
        "Labour's national executive committee decided tonight that Jeremy Corbyn will automatically be a candidate in the party's leadership election.",
        "The NEC voted 18 to 14, by secret ballot, at a meeting at the party's headquarters in London.",
        "A party spokesperson said: “The NEC has agreed that as the incumbent Leader Jeremy Corbyn will go forward onto the ballot without requiring nominations from the Parliamentary Labour Party and the European Parliamentary Labour Party. All other leadership candidates will require nominations from twenty percent of the PLP and EPLP.”",
        "Angela Eagle, who launched her bid yesterday, welcomed the ruling.",
        "“I'm glad the NEC has come to a conclusion. I welcome the contest ahead and I am determined to win it,” the challenger said.",
        "The committee also ruled that members who joined after 12 January will not have a vote, and set a £25 fee for registered supporters, who can apply between 18 and 20 July.",
      ], author=1),

    # ---------------------------------------------------------------- 13 July
    A("vg", "2016-07-13 09:40", "pontypridd-mp-owen-smith-enters-leadership-race",
      "Pontypridd MP Owen Smith enters Labour leadership race",
      "Former shadow work and pensions secretary announces his bid on the Today programme.",
      [
        "Pontypridd MP Owen Smith this morning announced that he will stand for the leadership of the Labour Party, setting up a three-way contest with Jeremy Corbyn and Angela Eagle.",
        "Mr Smith made the announcement on BBC Radio 4's Today programme.",
        "The former shadow work and pensions secretary had signalled his intentions on Sunday, writing on Twitter: “I am not prepared to stand by and see our party split”.",
        "Mr Corbyn was confirmed on the ballot last night after the national executive committee voted 18 to 14 that he did not need nominations.",
        "Speaking after the vote, the Labour leader said: “I'm sure Labour MPs will understand that the party has to come together in order to present to the British people the options of a different and better way of doing things.”",
        "Nominations from MPs and MEPs open next week. Mr Smith, like Ms Eagle, will need the support of 20% of them.",
      ], author=0, tags=["Owen Smith"]),

    A("nl", "2016-07-13 12:25", "owen-smith-to-fight-for-labour-leadership",
      "Owen Smith to fight for Labour leadership",
      "Second challenger emerges a day after NEC ruling.",
      [
        "Owen Smith has become the second Labour MP to challenge Jeremy Corbyn, announcing his bid on Radio 4's Today programme this morning.",
        "The Pontypridd MP joins Angela Eagle, who launched her campaign on Monday.",
        "Mr Corbyn, who was confirmed on the ballot paper by the party's national executive committee last night, appealed for unity.",
        "“I'm sure Labour MPs will understand that the party has to come together in order to present to the British people the options of a different and better way of doing things,” said Mr Corbyn.",
        ("fig", "Owen Smith, MP for Pontypridd. Demo placeholder image."),
        "The party is expected to publish the contest timetable tomorrow.",
      ], author=2),

    A("mep", "2016-07-13 18:00", "smith-joins-eagle-in-race-against-corbyn",
      "Smith joins Eagle in race against Corbyn",
      "Wirral MP now faces a rival challenger for the anti-Corbyn vote.",
      [
        "Angela Eagle's challenge to Jeremy Corbyn was complicated today when Owen Smith, the MP for Pontypridd, announced that he too would stand.",
        "Mr Smith declared his candidacy on the Today programme on Radio 4.",
        "Ms Eagle said last night that she welcomed the NEC's decision to put Mr Corbyn on the ballot: “I'm glad the NEC has come to a conclusion. I welcome the contest ahead and I am determined to win it.”",
        "The Labour leader said after the NEC vote: “I'm sure Labour MPs will understand that the party has to come together in order to present to the British people the options of a different and better way of doing things.”",
        "MPs and MEPs will be able to nominate candidates from next Monday evening until 5pm on Wednesday 20 July.",
      ], author=0),

    # ---------------------------------------------------------------- 14 July
    A("wc", "2016-07-14 16:10", "donor-michael-foster-challenges-corbyn-ballot-place",
      "Donor Michael Foster mounts legal challenge to Corbyn ballot place",
      "Deputy leader Tom Watson calls the court action unhelpful as the contest timetable is published.",
      [
        "A Labour donor, Michael Foster, today lodged a legal challenge at the High Court in London against the decision to put Jeremy Corbyn on the leadership ballot without nominations.",
        "Tom Watson, Labour's deputy leader, said the move was unwelcome: “This legal challenge is very unhelpful and destabilising to the Labour party. The NEC made a decision. They ruled that Jeremy Corbyn is automatically on the ballot paper. We must respect that decision and give our members a choice of candidates as soon as possible.”",
        "The party also published its timetable today. Nominations from MPs and MEPs open at 7pm on Monday 18 July and close at 5pm on Wednesday 20 July, the same window in which people can apply to be registered supporters.",
        ("h2", "Key dates"),
        ("table", [["Date", "Stage"],
                   ["18-20 July", "PLP and EPLP nominations; registered supporter applications"],
                   ["15 August (noon)", "Supporting nominations close"],
                   ["22 August", "Ballot papers start going out"],
                   ["21 September (noon)", "Ballot closes"],
                   ["24 September", "Result at a special conference"]]),
        "The result will be declared on 24 September at a special conference.",
      ], author=2, tags=["Michael Foster", "High Court"]),

    A("cc", "2016-07-14 19:30", "watson-criticises-donors-court-bid",
      "Watson criticises donor's court bid over Labour ballot",
      "Deputy leader says members deserve a choice of candidates as soon as possible.",
      [
        "Labour's deputy leader has criticised a party donor's attempt to use the courts to keep Jeremy Corbyn off the leadership ballot.",
        "Michael Foster lodged his claim at the High Court today.",
        "“This legal challenge is very unhelpful and destabilising to the Labour party,” the deputy leader said. “The NEC made a decision. They ruled that Jeremy Corbyn is automatically on the ballot paper. We must respect that decision and give our members a choice of candidates as soon as possible.”",
        "The party published its contest timetable today, with the result to be announced on Saturday 24 September.",
        "Ballot papers will start going out on 22 August.",
      ], author=1),

    # ---------------------------------------------------------------- 17 July
    A("vg", "2016-07-17 11:00", "owen-smith-brings-campaign-home-to-pontypridd",
      "Owen Smith brings leadership campaign home to Pontypridd",
      "Challenger puts inequality at the centre of his bid at Coleg y Cymoedd.",
      [
        "Owen Smith has launched his Labour leadership campaign in his own constituency, at Coleg y Cymoedd in Pontypridd.",
        "The Pontypridd MP says tackling inequality will be the focus of his campaign against Jeremy Corbyn.",
        "He first set out his plans on Radio 4's Today programme on Wednesday, after writing on Twitter a few days earlier: “I am not prepared to stand by and see our party split”.",
        "Mr Smith and Angela Eagle both need nominations from 20% of Labour MPs and MEPs. Nominations open tomorrow evening and close at 5pm on Wednesday.",
        ("fig", "Coleg y Cymoedd in Pontypridd. Demo placeholder image."),
      ], author=1),

    # ---------------------------------------------------------------- 19 / 20 July
    A("wc", "2016-07-19 20:45", "eagle-withdraws-and-backs-smith",
      "Eagle withdraws from Labour race and backs Owen Smith",
      "Contest becomes a two-way fight between Jeremy Corbyn and his challenger.",
      [
        "Angela Eagle has pulled out of the Labour leadership race, leaving Owen Smith as the sole challenger to Jeremy Corbyn.",
        "Speaking at Westminster tonight, Ms Eagle said she would support Mr Smith, adding “We are in lock-step together, arguing for a united Labour Party.”",
        "She said: “We have a Labour Party at the moment that is not working, we've got a leader that doesn't have the confidence of his Members of Parliament and isn't reaching out to the country.",
        "“We need to have a strong and united Labour Party so we can be a good opposition, take the fight to the Conservative Government and heal our country.",
        "“So I am announcing tonight that I will be supporting Owen in that endeavour with all my enthusiasm and might.”",
        ("tweet", "eagle", "plain"),
        "Mr Smith has the nominations of 88 MPs and 2 MEPs. Nominations close at 5pm tomorrow.",
      ], author=0, img="Angela Eagle at Westminster. Demo placeholder image.", tags=["Angela Eagle", "Owen Smith"]),

    A("mep", "2016-07-19 21:30", "wallasey-mp-eagle-pulls-out-of-leadership-contest",
      "Wallasey MP Eagle pulls out of leadership contest",
      "Angela Eagle throws her support behind Owen Smith.",
      [
        "Wallasey MP Angela Eagle tonight withdrew from the contest to lead the Labour Party and endorsed her rival Owen Smith.",
        "Announcing her decision at Westminster, Ms Eagle said she would be supporting Mr Smith against Jeremy Corbyn.",
        "She said: “We have a Labour Party at the moment that is not working, we've got a leader that doesn't have the confidence of his Members of Parliament and isn't reaching out to the country.",
        ("tweet", "eagle", "plain"),
        "“We need to have a strong and united Labour Party so we can be a good opposition, take the fight to the Conservative Government and heal our country.",
        "“So I am announcing tonight that I will be supporting Owen in that endeavour with all my enthusiasm and might.”",
        "Mr Smith has 88 MPs and 2 MEPs behind him. “We are in lock-step together, arguing for a united Labour Party,” the Wallasey MP said.",
        "Nominations close tomorrow at 5pm.",
      ], author=1, tags=["Angela Eagle"]),

    A("nl", "2016-07-20 08:15", "eagle-steps-aside-smith-sole-challenger",
      "Eagle steps aside to leave Smith as sole challenger",
      "Owen Smith has 88 MPs and two MEPs as nominations close today.",
      [
        "Owen Smith will take on Jeremy Corbyn alone after Angela Eagle withdrew from the Labour leadership race last night.",
        "“We are in lock-step together, arguing for a united Labour Party,” Ms Eagle said at Westminster.",
        ("tweet", "eagle", "guardian"),
        "Mr Smith has been nominated by 88 MPs and 2 MEPs, well above the threshold.",
        "Nominations from the Parliamentary Labour Party close at 5pm today. Today is also the last day to sign up as a registered supporter for £25.",
        "Hustings between the two candidates are expected from next month.",
      ], author=0),

    A("cc", "2016-07-20 10:05", "eagle-quits-race-backs-smith",
      "Eagle quits race, backs Smith against Corbyn",
      "Former shadow business secretary says the party is not working.",
      [
        "Angela Eagle has abandoned her bid to lead Labour and will support Owen Smith.",
        "The Wallasey MP said last night: “We have a Labour Party at the moment that is not working, we've got a leader that doesn't have the confidence of his Members of Parliament and isn't reaching out to the country.",
        ("fig", "Angela Eagle announces her withdrawal at Westminster. Demo placeholder image."),
        "“We need to have a strong and united Labour Party so we can be a good opposition, take the fight to the Conservative Government and heal our country.",
        "“So I am announcing tonight that I will be supporting Owen in that endeavour with all my enthusiasm and might.”",
        ("tweet", "eagle", "plain"),
        "Nominations close at 5pm today.",
      ], author=2),

    # ---------------------------------------------------------------- 22 July
    A("nl", "2016-07-22 14:00", "labour-contest-what-happens-next",
      "Labour contest: what happens next",
      "Hustings period opens today; the result will be declared in Liverpool on 24 September.",
      [
        "The hustings period of the Labour leadership election opens today, with Jeremy Corbyn and Owen Smith now confirmed as the two candidates.",
        "Constituency parties and affiliated organisations can make supporting nominations until noon on 15 August.",
        "Ballot papers start going out on 22 August and the ballot closes at noon on 21 September.",
        "The result will be declared on 24 September at a special conference in Liverpool.",
        "Meanwhile the High Court is still to hear Michael Foster's challenge to Mr Corbyn's automatic place on the ballot.",
      ], author=2),

    # ---------------------------------------------------------------- 28 July
    A("wc", "2016-07-28 15:20", "high-court-dismisses-challenge-to-corbyn-ballot-place",
      "High Court dismisses challenge to Corbyn's ballot place",
      "Mr Justice Foskett rejects donor Michael Foster's claim.",
      [
        "Jeremy Corbyn will stay on the Labour leadership ballot after the High Court in London today dismissed a challenge brought by the party donor Michael Foster.",
        "Mr Justice Foskett rejected the claim that Mr Corbyn needed nominations from MPs and MEPs to stand.",
        "Labour's general secretary, Iain McNicol, said: “We are delighted that the court has upheld the authority and decision of the national executive committee of the Labour Party.",
        "“We will continue with the leadership election as agreed by the NEC.”",
        ("fig", "The Royal Courts of Justice on the Strand. Demo placeholder image."),
        "The first hustings between Mr Corbyn and Owen Smith is due in Cardiff next Thursday.",
      ], author=1, tags=["High Court"]),

    A("vg", "2016-07-28 18:05", "court-throws-out-bid-to-keep-corbyn-off-ballot",
      "Court throws out bid to keep Corbyn off ballot",
      "Ruling clears the way for Corbyn against Smith.",
      [
        "A High Court judge has thrown out a legal bid to force Jeremy Corbyn to seek nominations in the Labour leadership contest.",
        "Mr Justice Foskett dismissed the claim brought by Labour donor Michael Foster.",
        "“We are delighted that the court has upheld the authority and decision of the national executive committee of the Labour Party,” said Mr McNicol, the party's general secretary.",
        "“We will continue with the leadership election as agreed by the NEC.”",
        "The contest between Mr Corbyn and Pontypridd MP Owen Smith now moves on to hustings, the first of which will be held in Cardiff on Thursday 4 August.",
      ], author=0),

    A("mep", "2016-07-29 07:45", "corbyn-stays-on-ballot-after-court-ruling",
      "Corbyn stays on ballot after court ruling",
      "Challenge by Labour donor fails.",
      [
        "Labour's leadership contest will go ahead as planned after the High Court yesterday rejected a challenge to Jeremy Corbyn's place on the ballot.",
        "Mr Justice Foskett dismissed the claim brought by donor Michael Foster.",
        "The general secretary said the party was “delighted that the court has upheld the authority and decision of the national executive committee of the Labour Party”.",
        "Mr McNicol added: “We will continue with the leadership election as agreed by the NEC.”",
        "A separate case over the party's freeze date for new members is still to be heard.",
      ], author=2),

    # ---------------------------------------------------------------- 3-5 August
    A("cc", "2016-08-03 12:00", "corbyn-and-smith-head-to-cardiff-for-first-hustings",
      "Corbyn and Smith head to Cardiff for first hustings",
      "Two candidates meet face to face tomorrow night.",
      [
        "Jeremy Corbyn and Owen Smith will meet tomorrow night in Cardiff for the first hustings of the Labour leadership election.",
        "The event will be held at the All Nations Centre from 7pm to 9pm and will be moderated by Catrin Haf Jones of ITV Cymru Wales. Labour will stream it on its website.",
        "Six head-to-heads are planned, with the second due in Gateshead next Thursday, 11 August.",
        "Tomorrow the High Court will also hear a claim by new members who were excluded from voting by the party's 12 January freeze date.",
        "Scottish members will get their own hustings in Glasgow later this month.",
      ], author=0),

    A("vg", "2016-08-04 17:30", "corbyn-and-smith-face-off-in-cardiff",
      "Corbyn and Smith face off in Cardiff tonight",
      "First hustings of the contest at the All Nations Centre.",
      [
        "Jeremy Corbyn and Owen Smith go head to head in Cardiff tonight in the first hustings of the Labour leadership contest.",
        "The two candidates will take questions from party members at the All Nations Centre between 7pm and 9pm. The debate will be moderated by Catrin Haf Jones of ITV Cymru Wales and streamed on the Labour Party website.",
        "For Mr Smith, the MP for neighbouring Pontypridd, it is a home fixture.",
        ("fig", "The All Nations Centre in Cardiff. Demo placeholder image."),
        "The next hustings will be held in Gateshead on Thursday 11 August.",
      ], author=1, tags=["hustings", "Cardiff"]),

    A("wc", "2016-08-05 08:00", "cardiff-hustings-corbyn-smith-first-clash",
      "Cardiff hustings: Corbyn and Smith clash for the first time",
      "Candidates meet in front of party members at the All Nations Centre.",
      [
        "Jeremy Corbyn and Owen Smith went head to head last night at the first hustings of the Labour leadership contest, at the All Nations Centre in Cardiff.",
        "The event was moderated by Catrin Haf Jones of ITV Cymru Wales and streamed on Labour's website.",
        "Mr Corbyn has been campaigning on the themes he set out when the NEC confirmed his place on the ballot last month, when he said: “We will be campaigning on all the things that matter. The inequality and poverty that exists in this country, the need to end the privatisation of our National Health Service, the need to give real hope and opportunity to young people all across this country.”",
        "Next Thursday the candidates meet again in Gateshead.",
        "Meanwhile the High Court heard a claim yesterday by new members challenging the freeze date which stops them voting.",
      ], author=2),

    # ---------------------------------------------------------------- 8-10 August
    A("nl", "2016-08-08 16:40", "high-court-rules-labour-freeze-date-unlawful",
      "High Court rules Labour freeze date unlawful",
      "New members win right to vote in leadership election, but the party will appeal.",
      [
        "Labour members who joined the party after 12 January should be allowed to vote in the leadership election, the High Court ruled today.",
        "In Evangelou v McNicol, Mr Justice Hickinbottom found that the freeze date set by the national executive committee was unlawful.",
        "The ruling, handed down at the Royal Courts of Justice on the Strand, is a boost for Jeremy Corbyn, whose supporters had opposed the freeze.",
        "Labour will take the case to the Court of Appeal, which is due to hear it on Thursday.",
        "Owen Smith and Mr Corbyn meet at the Hilton Newcastle Gateshead on the same evening for the second hustings of the campaign.",
      ], author=1, tags=["freeze date"]),

    A("cc", "2016-08-08 18:20", "judge-sides-with-new-members-over-vote",
      "Judge sides with new members over Labour vote",
      "Party to appeal against Evangelou v McNicol ruling.",
      [
        "A judge has ruled that Labour was wrong to stop members who joined after 12 January from voting in its leadership contest.",
        "Mr Justice Hickinbottom gave judgment today in the case of Evangelou v McNicol at the Royal Courts of Justice in London.",
        "Labour's general secretary Iain McNicol, named as defendant, will appeal. The Court of Appeal hears the case on Thursday.",
        "Supporting nominations from constituency parties close next Monday at noon.",
      ], author=2),

    A("mep", "2016-08-10 11:10", "mcdonnell-urges-labour-to-drop-freeze-appeal",
      "McDonnell urges Labour to drop freeze-date appeal",
      "Shadow chancellor says the party cannot be socialist without being democratic.",
      [
        "Shadow chancellor John McDonnell, who runs Jeremy Corbyn's campaign, has opposed the party's decision to appeal against Monday's High Court ruling on the freeze date.",
        "“We are a democratic socialist party, you cannot have one without the other. I hope that Labour HQ rethinks this decision ...” he said ahead of the hearing.",
        "The Court of Appeal will hear the case tomorrow at the Royal Courts of Justice.",
        "Tomorrow evening the candidates meet in Gateshead for the second hustings, at the Hilton Newcastle Gateshead.",
      ], author=0),

    # ---------------------------------------------------------------- 11 August
    A("wc", "2016-08-11 12:30", "court-of-appeal-hears-labour-freeze-date-case",
      "Court of Appeal hears Labour freeze-date case",
      "Judgment expected tomorrow on whether 130,000 new members can vote.",
      [
        "Three appeal judges began hearing Labour's challenge to the High Court ruling on the freeze date today.",
        "Clive Sheldon QC represents the NEC, and David Goldstone QC the members who brought the original claim.",
        "Lord Justice Beatson, Lady Justice Macur and Lord Justice Sales are expected to give their decision tomorrow.",
        "Tonight Jeremy Corbyn and Owen Smith face each other at the second hustings of the contest, at the Hilton Newcastle Gateshead.",
      ], author=1),

    A("nl", "2016-08-11 22:40", "lights-go-out-at-gateshead-hustings",
      "Lights go out at Gateshead hustings",
      "Corbyn and Smith meet party members at the Hilton Newcastle Gateshead.",
      [
        "The lights failed tonight as Jeremy Corbyn and Owen Smith met Labour members at the Hilton Newcastle Gateshead for the second hustings of the leadership contest.",
        "About 450 people were in the audience at the hotel.",
        ("fig", "The audience at the Hilton Newcastle Gateshead. Demo placeholder image."),
        "The hustings was the second in a series of six head-to-heads between the Labour leader and his challenger. The first was held in Cardiff last Thursday.",
        "Tomorrow the Court of Appeal is expected to rule on whether members who joined after 12 January can vote.",
        "The next debate will be broadcast from Nottingham next Wednesday, on BBC's Victoria Derbyshire programme.",
      ], author=0, img="The Hilton Newcastle Gateshead before the hustings. Demo placeholder image.",
      tags=["hustings", "Gateshead"]),

    # ---------------------------------------------------------------- 12 August
    A("wc", "2016-08-12 16:15", "appeal-court-backs-labour-freeze-date",
      "Appeal court backs Labour over freeze date",
      "About 130,000 new members will not vote in the leadership election.",
      [
        "The Court of Appeal has ruled that Labour was entitled to stop members who joined after 12 January from voting in the leadership election, reversing Monday's High Court decision.",
        "Giving judgment at 3pm, Lord Justice Beatson said: “On the correct interpretation of the party rules, the National Executive Committee has the power to set the criteria for members to be eligible to vote in the leadership election in the way that it did.”",
        "Paddy Lillis, chair of the NEC, said: “The Labour Party welcomes the decision of the Appeal Court. The Party has said consistently throughout this process that we would defend vigorously the decisions of the NEC.”",
        "A spokesman for Jeremy Corbyn's campaign said: “We think that this is the wrong decision - both legally and democratically.",
        "“The Court's ruling disenfranchises nearly 130,000 Labour members, who joined the party since January and were explicitly told that they would have a vote in any leadership election.”",
        "The claimants were ordered to pay costs of £30,000.",
      ], author=0, img="The Royal Courts of Justice. Demo placeholder image.", tags=["Court of Appeal"]),

    A("vg", "2016-08-12 18:30", "new-members-lose-vote-after-appeal-ruling",
      "New members lose vote after appeal ruling",
      "Corbyn campaign calls it the wrong decision.",
      [
        "Labour members who joined since January will not vote for the party's leader after the Court of Appeal sided with the national executive committee today.",
        "Lord Justice Beatson said “On the correct interpretation of the party rules, the National Executive Committee has the power to set the criteria for members to be eligible to vote in the leadership election in the way that it did.”",
        "“We think that this is the wrong decision - both legally and democratically,” a spokesman for Mr Corbyn's campaign said. “The Court's ruling disenfranchises nearly 130,000 Labour members, who joined the party since January and were explicitly told that they would have a vote in any leadership election.”",
        "Supporting nominations close at noon on Monday.",
      ], author=1),

    A("cc", "2016-08-12 19:45", "nec-chair-welcomes-appeal-court-decision",
      "NEC chair welcomes appeal court decision",
      "Ruling excludes about 130,000 members from the Labour ballot.",
      [
        "The chair of Labour's national executive committee has welcomed the Court of Appeal's decision to uphold the party's freeze date.",
        "“The Labour Party welcomes the decision of the Appeal Court. The Party has said consistently throughout this process that we would defend vigorously the decisions of the NEC,” the NEC chair said.",
        "John McDonnell, the shadow chancellor, had opposed the appeal. “We are a democratic socialist party, you cannot have one without the other. I hope that Labour HQ rethinks this decision ...” he said ahead of the hearing.",
        "Corbyn's campaign called the judgment the wrong decision.",
        "Jeremy Corbyn and Owen Smith will come to Glasgow for a hustings at the SECC on 25 August.",
      ], author=0),

    # ---------------------------------------------------------------- 15-17 August
    A("mep", "2016-08-15 14:20", "constituency-nominations-close",
      "Constituency nominations close with Corbyn far ahead",
      "Supporting nominations closed at noon today.",
      [
        "Supporting nominations in the Labour leadership election closed at noon today.",
        "Jeremy Corbyn was nominated by 285 constituency Labour parties and Owen Smith by 53.",
        "Eight affiliated unions backed Mr Corbyn and four backed Mr Smith.",
        "Ballot papers will start going out next Monday, 22 August.",
        "The candidates meet on Wednesday for a televised debate in Nottingham.",
      ], author=1),

    A("mep", "2016-08-17 13:00", "corbyn-and-smith-debate-on-victoria-derbyshire",
      "Corbyn and Smith debate on Victoria Derbyshire programme",
      "BBC debate held in Nottingham this morning.",
      [
        "Jeremy Corbyn and Owen Smith took part in a televised debate in Nottingham this morning on the BBC's Victoria Derbyshire programme.",
        "It follows the hustings in Cardiff on 4 August and in Gateshead last Thursday.",
        ("fig", "The candidates before the BBC debate in Nottingham. Demo placeholder image."),
        "Ballot papers start going out on Monday, and members have until noon on 21 September to vote.",
        "The result will be announced at the ACC in Liverpool on 24 September.",
      ], author=2, tags=["debate", "Nottingham"]),

    A("nl", "2016-08-17 19:20", "nottingham-debate-bbc",
      "Nottingham debate: Corbyn and Smith on the BBC",
      "Candidates face studio audience on Victoria Derbyshire.",
      [
        "The Labour leader and his challenger went head to head on BBC television today in a debate in Nottingham broadcast on Victoria Derbyshire.",
        "The programme follows the hustings held at the Hilton Newcastle Gateshead last week, where the lights failed.",
        "Mr Smith, the Pontypridd MP, has been nominated by 53 constituency parties to Mr Corbyn's 285.",
        "Ballot papers go out from Monday.",
      ], author=1),

    # ---------------------------------------------------------------- 22 August
    A("vg", "2016-08-22 09:00", "labour-ballot-papers-start-going-out",
      "Labour ballot papers start going out",
      "Members have until noon on 21 September to vote.",
      [
        "Ballot papers for the Labour leadership election start going out to members and supporters today.",
        "Voting closes at noon on Wednesday 21 September, and the result will be declared on Saturday 24 September in Liverpool.",
        "Members who joined after 12 January will not receive a ballot, after the Court of Appeal upheld the freeze date earlier this month.",
        "The next hustings is in Glasgow on Thursday.",
      ], author=0),

    # ---------------------------------------------------------------- 25 August (seed)
    A("wc", "2016-08-25 17:10", "corbyn-rules-out-snp-pact",
      "Corbyn rules out SNP pact",
      "Labour leader speaks to activists ahead of the Glasgow hustings.",
      "SEED", author=2, img="Jeremy Corbyn in Glasgow. Demo placeholder image.", tags=["Scotland", "SNP"]),

    A("cc", "2016-08-25 18:00", "corbyn-no-alliance-with-snp-before-secc-hustings",
      "Corbyn: no alliance with SNP, as leadership rivals arrive for SECC hustings",
      "Labour leader disappointed in Kezia Dugdale ahead of tonight's Glasgow debate.",
      [
        "Jeremy Corbyn has ruled out a formal alliance with the SNP ahead of tonight's Labour leadership hustings at the SECC in Glasgow.",
        "The Labour leader said: “I won’t be looking for an alliance from the SNP. I will welcome support for our policies from any other party.”",
        "He came under pressure to clarify his position after Dave Anderson, the shadow Scottish secretary, said he would be open to a coalition.",
        "Mr Corbyn also said he was disappointed that Kezia Dugdale, the Scottish Labour leader, is backing Owen Smith.",
        "“I stand just as Scottish Labour did in May on an unashamedly anti-austerity platform with policies that will ensure that no-one across Scotland and the rest of the country is left behind,” he said.",
        "“I’m therefore disappointed that my friend Kezia Dugdale does not sign up to this programme at the moment.”",
        ("tweet", "corbyn", "plain"),
        "Tonight's hustings starts at 7pm and will be chaired by Lindsay McIntosh of The Times. It is the only one of the contest taking place in Scotland.",
        "Mr Corbyn is due in Dundee tomorrow.",
      ], author=1, img="The SECC in Glasgow. Demo placeholder image."),

    A("nl", "2016-08-25 19:30", "corbyn-rules-out-formal-pact-with-snp",
      "Corbyn rules out formal pact with SNP",
      "Labour leader criticises SNP economics as deficit figures published.",
      [
        "Jeremy Corbyn has said he will not seek a formal pact with the SNP, speaking in Glasgow ahead of tonight's hustings with Owen Smith.",
        "“I won’t be looking for an alliance from the SNP,” said Mr Corbyn. “I will welcome support for our policies from any other party.”",
        "The Labour leader pointed to the GERS figures, which showed a Scottish deficit of £14.8 billion in 2015/16, saying: “A Scottish deficit of £15 billion raises a huge question mark over the central economic mission of the SNP.”",
        ("tweet", "corbyn", "guardian"),
        "He also promised a Scottish investment bank to “unlock the potential” of small businesses.",
        "The result of the contest will be declared at the Labour conference in Liverpool next month.",
      ], author=2),

    A("mep", "2016-08-26 08:30", "corbyn-promises-scottish-national-bank",
      "Corbyn promises Scottish national bank",
      "Labour leader sets out plan during Glasgow visit before heading to Dundee.",
      [
        "A Labour government would create a Scottish investment bank, Jeremy Corbyn said in Glasgow yesterday, before last night's hustings with Owen Smith at the SECC.",
        "Mr Corbyn said: “We will create a Scottish national bank under Scottish control and backed by the national investment bank.",
        ("fig", "Jeremy Corbyn speaks to activists in Glasgow. Demo placeholder image."),
        "“With £20bn of lending power to deliver funds to local projects and Scotland’s small businesses.",
        "“Just 8% of lending to small businesses in the UK goes to Scotland, compared to one third who that goes to London and the rest of the South East.”",
        "The Labour leader also ruled out a formal pact with the SNP. “I won’t be looking for an alliance from the SNP,” he said.",
        ("tweet", "corbyn", "plain"),
        "He is due in Dundee today. Ballot papers started going out on Monday; voting closes on 21 September.",
      ], author=0, tags=["Scotland"]),

    A("cc", "2016-08-26 09:15", "secc-hustings-corbyn-and-smith-in-glasgow",
      "SECC hustings: Corbyn and Smith make their case in Glasgow",
      "The only Scottish hustings of the contest.",
      [
        "Jeremy Corbyn and Owen Smith made their pitch to Scottish Labour members at the SECC in Glasgow last night, in the only hustings of the contest held in Scotland.",
        "The event, chaired by Lindsay McIntosh of The Times, started at 7pm. Reports of the crowd ranged from 400 to around 500.",
        "Before the hustings the Labour leader ruled out a pact with the SNP, saying: “I won’t be looking for an alliance from the SNP. I will welcome support for our policies from any other party.”",
        "Mr Corbyn's Scottish campaign is run by Neil Findlay MSP. Kezia Dugdale, the Scottish Labour leader, backs Mr Smith.",
        "Mr Corbyn travels to Dundee today.",
      ], author=2),

    # ---------------------------------------------------------------- 8-9 September
    A("mep", "2016-09-08 12:45", "question-time-comes-to-oldham",
      "Question Time comes to Oldham for Labour leadership debate",
      "David Dimbleby chairs Corbyn and Smith at the Queen Elizabeth Hall tonight.",
      [
        "Jeremy Corbyn and Owen Smith will face a Question Time audience in Oldham tonight.",
        "The BBC One programme, chaired by David Dimbleby, comes from the Queen Elizabeth Hall.",
        "Voting in the Labour leadership election is already under way, and the ballot closes at noon on Wednesday 21 September.",
        "A final televised debate will be held on Sky News next week.",
      ], author=1, img="The Queen Elizabeth Hall in Oldham. Demo placeholder image.", tags=["Question Time", "Oldham"]),

    A("nl", "2016-09-09 07:50", "question-time-oldham-leadership-debate",
      "Corbyn and Smith on Question Time in Oldham",
      "Dimbleby chairs the BBC One leadership special.",
      [
        "Jeremy Corbyn and Owen Smith took questions from a studio audience at the Queen Elizabeth Hall in Oldham last night, in a Question Time special chaired by David Dimbleby.",
        "The programme was broadcast on BBC One.",
        "The last official televised hustings will be on Sky News in London next Wednesday at 9pm.",
        "The hustings period closes on 16 September.",
      ], author=2),

    # ---------------------------------------------------------------- 14-16 September
    A("wc", "2016-09-14 10:30", "sky-news-debate-tonight",
      "Corbyn and Smith meet for final televised debate tonight",
      "Faisal Islam chairs the Sky News debate at 9pm.",
      [
        "Jeremy Corbyn and Owen Smith will meet in the last official televised hustings of the Labour leadership contest tonight.",
        "The Sky News debate, chaired by Faisal Islam, will be broadcast at 9pm from Sky's London headquarters in front of an audience of 200.",
        "It comes less than a week after the candidates appeared on Question Time in Oldham.",
        "The hustings period closes on Friday. Members have until noon next Wednesday to vote, and the result will be announced in Liverpool on Saturday 24 September.",
      ], author=0, tags=["debate", "Sky News"]),

    A("cc", "2016-09-15 08:10", "sky-debate-last-televised-hustings",
      "Sky debate: the last televised hustings",
      "Candidates face a 200-strong audience in London.",
      [
        "Jeremy Corbyn and Owen Smith faced each other last night for the last time on television before the Labour leadership ballot closes.",
        "The Sky News debate at Sky's London headquarters was chaired by Faisal Islam and held in front of a 200-strong audience.",
        "Voting closes at noon on 21 September. The result will be declared at a special conference in Liverpool on 24 September.",
      ], author=1),

    # ---------------------------------------------------------------- 21 September
    A("vg", "2016-09-21 12:30", "labour-leadership-ballot-closes",
      "Labour leadership ballot closes",
      "Result to be declared in Liverpool on Saturday.",
      [
        "Voting in the Labour leadership election closed at noon today.",
        "Jeremy Corbyn and Pontypridd MP Owen Smith will learn the result on Saturday at a special conference in Liverpool.",
        "Members who joined the party after 12 January were not able to vote, following the Court of Appeal ruling in August.",
        "Registered supporters paid £25 for a vote in this contest.",
      ], author=1),

    # ---------------------------------------------------------------- 24 September
    A("wc", "2016-09-24 12:20", "corbyn-re-elected-labour-leader",
      "Corbyn re-elected Labour leader with 61.8% of the vote",
      "Owen Smith wins 38.2% as Jeremy Corbyn increases his mandate.",
      [
        "Jeremy Corbyn has been re-elected leader of the Labour Party, winning 313,209 votes, 61.8% of the total, to Owen Smith's 193,229, or 38.2%.",
        "The result was announced at the special leadership conference at the ACC in Liverpool this morning.",
        ("table", [["", "Corbyn", "Smith"],
                   ["Total", "313,209 (61.8%)", "193,229 (38.2%)"],
                   ["Members", "168,216 (59%)", "116,960 (41%)"],
                   ["Registered supporters", "84,918 (70%)", "36,599 (30%)"],
                   ["Affiliated supporters", "60,075 (60%)", "39,670 (40%)"]]),
        "Turnout was 77.6%, with 506,438 votes cast out of an electorate of 654,006. There were 1,042 spoilt ballots.",
        "The contest began after Labour MPs passed a motion of no confidence in Mr Corbyn by 172 to 40 on 28 June. At the time the Labour leader said: “I was democratically elected leader of our party for a new kind of politcs by 60% of Labour members and supporters, and I will not betray them by resigning.”",
      ], author=0, img="Jeremy Corbyn at the ACC Liverpool. Demo placeholder image.", tags=["result"]),

    A("mep", "2016-09-24 12:50", "corbyn-wins-again-in-liverpool",
      "Corbyn wins again at the ACC in Liverpool",
      "Labour leader defeats Owen Smith by 313,209 votes to 193,229.",
      [
        "Jeremy Corbyn was re-elected Labour leader at the ACC in Liverpool today, beating Owen Smith by 313,209 votes to 193,229.",
        "Mr Corbyn took 61.8% of the vote to his challenger's 38.2%.",
        ("fig", "Delegates at the special conference in Liverpool. Demo placeholder image."),
        "Among party members Mr Corbyn won 168,216 votes, 59%, against 116,960 for Mr Smith. He took 70% of registered supporters and 60% of affiliated supporters.",
        "Turnout was 77.6%. The result was declared at a special leadership conference in the city.",
        "Wallasey MP Angela Eagle launched the challenge in July before withdrawing in favour of Mr Smith.",
      ], author=1, tags=["result", "Liverpool"]),

    A("nl", "2016-09-24 13:10", "corbyn-beats-smith-to-keep-labour-leadership",
      "Corbyn beats Smith to keep Labour leadership",
      "Re-elected leader wins 61.8% in the result declared in Liverpool.",
      [
        "Jeremy Corbyn has kept the leadership of the Labour Party after beating Owen Smith with 61.8% of the vote.",
        "The result, declared at a special conference in Liverpool, gave Mr Corbyn 313,209 votes and Mr Smith 193,229.",
        "Turnout was 77.6%, with 506,438 of 654,006 eligible voters taking part and 1,042 ballots spoilt.",
        "Members in the North East had their chance to see the candidates at the Gateshead hustings on 11 August.",
      ], author=0),

    A("vg", "2016-09-24 14:00", "smith-defeated-as-corbyn-keeps-leadership",
      "Pontypridd MP Smith defeated as Corbyn keeps leadership",
      "Owen Smith wins 38.2% of the vote.",
      [
        "Pontypridd MP Owen Smith has lost his challenge for the Labour leadership, winning 193,229 votes to Jeremy Corbyn's 313,209.",
        "The result was announced at a special conference in Liverpool today. Mr Corbyn won 61.8% and Mr Smith 38.2%.",
        "Mr Smith launched his campaign in July at Coleg y Cymoedd in his constituency, and the first hustings of the contest was held in Cardiff on 4 August.",
        "Turnout was 77.6%.",
      ], author=1),

    A("cc", "2016-09-24 15:30", "corbyn-returned-as-labour-leader",
      "Corbyn returned as Labour leader",
      "Re-elected with 313,209 votes at Liverpool conference.",
      [
        "Jeremy Corbyn has been returned as leader of the Labour Party with 313,209 votes, or 61.8%, against 193,229 for Owen Smith.",
        "The result was declared at the ACC in Liverpool.",
        "Kezia Dugdale, the Scottish Labour leader, had backed Mr Smith. In Glasgow last month Mr Corbyn said: “I’m therefore disappointed that my friend Kezia Dugdale does not sign up to this programme at the moment.”",
        "Turnout was 77.6% and 1,042 ballots were spoilt.",
      ], author=2),

    # ================================================================ off-topic
    A("wc", "2015-09-14 09:00", "corbyn-begins-first-week-as-labour-leader",
      "Corbyn begins his first week as Labour leader",
      "Islington North MP settles into the job after Saturday's result.",
      [
        "Jeremy Corbyn begins his first full week as Labour leader today after being elected to the post on Saturday 12 September.",
        "The Islington North MP is expected to spend the week filling posts in his shadow cabinet.",
      ], author=1, on_topic=False),

    A("wc", "2016-06-29 11:00", "pound-slides-as-markets-digest-referendum",
      "Pound slides as markets digest referendum result",
      "Sterling and bank shares under pressure after the vote to leave the EU.",
      [
        "Sterling remained under pressure this morning as traders continued to digest last week's vote to leave the European Union.",
        "Bank and housebuilder shares were among the hardest hit on the FTSE 250, while exporters gained from the weaker currency.",
        "Economists at several City firms have cut their growth forecasts for next year, and attention is turning to the Bank of England's next interest rate decision in July.",
        "Businesses in the capital say they want clarity on trade arrangements as soon as possible.",
      ], author=2, section="Business", on_topic=False),

    A("nl", "2016-08-26 15:00", "warm-bank-holiday-weekend-forecast",
      "Warm bank holiday weekend forecast for the North East",
      "Sunshine expected on the coast, with showers later on Monday.",
      [
        "Forecasters expect a warm and mostly dry bank holiday weekend across Tyne and Wear, Northumberland and County Durham.",
        "Temperatures could reach the low twenties on Saturday, with the best of the sunshine on the coast. Showers are likely to spread from the west on Monday afternoon.",
        "Beach lifeguards will be on duty at the main resorts, and drivers are advised to allow extra time on the A1 and A19.",
      ], author=2, section="Weather", on_topic=False),

    A("nl", "2016-09-05 10:00", "tyne-riverside-10k-record-entry",
      "Record entry for Tyne Riverside 10k",
      "Organisers close entries for Sunday's race.",
      [
        "Organisers of the Tyne Riverside 10k say entries have closed at a record level for Sunday's race along the quayside.",
        "Road closures will be in place on both banks of the river from 8am to 1pm. Spectators are asked to use public transport.",
        "The race raises money for local children's charities.",
      ], author=1, section="Sport", on_topic=False),

    A("vg", "2016-08-20 19:00", "valleys-rugby-side-wins-pre-season-friendly",
      "Valleys rugby side wins pre-season friendly",
      "Cwm Taf RFC (fictional) start preparations with a bonus-point win.",
      [
        "Cwm Taf RFC began their pre-season with a convincing win at home this afternoon, running in five tries in warm conditions.",
        "The coach was pleased with the fitness of the squad after a summer of training and said the young back row had impressed.",
        "The league season starts next month.",
      ], author=0, section="Sport", on_topic=False),

    A("mep", "2016-09-05 09:30", "council-consults-on-bin-collection-changes",
      "Council consults on bin collection changes",
      "Residents asked for views on fortnightly collections.",
      [
        "The Labour-run council is asking residents for their views on plans to change bin collections across the borough from next spring.",
        "Under the proposals, general waste would be collected every fortnight, with weekly collections of food waste.",
        "The consultation runs until the end of October, with drop-in sessions at libraries across the borough.",
      ], author=2, section="Local", on_topic=False),

    A("cc", "2016-07-22 16:00", "clyde-ferry-timetable-changes",
      "Summer timetable changes for Clyde ferries",
      "Extra sailings at weekends until the end of August.",
      [
        "Extra weekend sailings are being added on two Clyde ferry routes until the end of August to cope with summer demand.",
        "Passengers are advised to check timetables before travelling, as some early morning crossings will leave ten minutes earlier than usual.",
        "Car deck space can be booked in advance online.",
      ], author=2, section="Travel", on_topic=False),

    A("mep", "2016-07-27 15:00", "port-exporters-weigh-brexit-impact",
      "Port exporters weigh impact of weaker pound",
      "Merseyside firms see orders rise but worry about costs.",
      [
        "Exporters shipping through the Port of Liverpool say the fall in the pound since the EU referendum has made their goods cheaper abroad.",
        "But firms that import raw materials say their costs are rising and they are unsure about future trade rules.",
        "A local business group is holding a briefing for members next month.",
      ], author=0, section="Business", on_topic=False),
]
