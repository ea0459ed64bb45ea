# Kiswahili — vaccination.ftl: jumbe za dawati la mchanjaji na rekodi za dozi
error-verification-failed = Nambari ya usalama au kitambulisho hakilingani na mnufaika yeyote aliyeweka miadi katika kituo hiki.
error-dose-already-recorded = Dozi hii tayari imerekodiwa kwa mnufaika huyu.
error-idempotency-key-reused = Ufunguo huu wa ombi tayari ulitumika kwa rekodi nyingine ya dozi.
error-facility-not-found = Hakuna kituo kama hicho.
error-facility-managed-by-config = Kituo hiki kimefafanuliwa katika usanidi wa nchi; kibadilishe huko.
error-session-exists = Kituo hiki tayari kina kipindi cha chanjo hii siku hiyo.
error-capacity-below-booked = Idadi ya nafasi haiwezi kuwa chini ya nafasi ambazo tayari zimehifadhiwa.
error-session-has-bookings = Kuna watu walioweka miadi katika kipindi hiki: siku yake, umri na nafasi za muda zilizohifadhiwa haviwezi kubadilika. Ongeza nafasi za muda, au chapisha kipindi kingine.
error-request-decided = Ombi hili tayari limeamuliwa.
