# Kiswahili — licence.ftl: mlinzi wa leseni ya MoU
error-licence-missing = Huduma ya nchi hii haina leseni kutoka kwa Mamlaka ya Kitaifa ya Afya ya India na haiwezi kutolewa.
error-licence-forged = Leseni ya nchi hii si hati halisi ya Mamlaka ya Kitaifa ya Afya ya India. Huduma imezuiwa.
error-licence-untrusted-key = Leseni ya nchi hii imetiwa sahihi kwa ufunguo ambao si ufunguo wa kutoa leseni wa Mamlaka ya Kitaifa ya Afya ya India. Huduma imezuiwa.
error-licence-expired = Leseni ya nchi hii imeisha muda. Tafadhali wasiliana na wizara ya afya.
error-licence-not-yet-valid = Leseni ya nchi hii bado si halali.
error-licence-revoked = Mamlaka ya Kitaifa ya Afya ya India imebatilisha leseni ya nchi hii. Huduma imezuiwa.
error-licence-other-country = Leseni iliyowekwa hapa ni ya nchi nyingine.
error-licence-other-deployment = Leseni iliyowekwa hapa ni ya usakinishaji mwingine wa jukwaa.
error-licence-host-not-licensed = Anwani hii haina leseni ya kutoa huduma ya chanjo ya nchi hii.
error-licence-terms-altered = Leseni haina masharti ya MoU (bure, si ya kuuzwa wala kufungashwa upya). Huduma imezuiwa.
