window.YTD.tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000301",
      "created_at" : "Thu Aug 25 18:00:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Heading to the Glasgow hustings at the SECC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "6"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000302",
      "created_at" : "Thu Aug 25 18:05:00 +0000 2016",
      "favorited" : false,
      "full_text" : "BROKEN
,
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "urls" : [
          {
            "url" : "https://t.co/TESTquote3",
            "expanded_url" : "https://twitter.com/test_acct_one/status/900000000000000106",
            "display_url" : "twitter.com/test_acct_one/\u2026"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000303",
      "created_at" : "Thu Aug 25 21:00:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Worth a read after the Glasgow hustings https://t.co/TESTquote3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000304",
      "created_at" : "Thu Aug 25 21:30:00 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @test_acct_one: Result of the Labour leadership election due at noon in Liverpool",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000305",
      "created_at" : "Mon Jan 04 10:00:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Labour leadership thoughts, far too early",
      "lang" : "en"
    }
  }
]
