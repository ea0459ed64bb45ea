# Kiswahili — staff.ftl: jumbe za akaunti za wafanyakazi na udhibiti wa ruhusa
error-staff-login-failed = Anwani ya barua pepe au nenosiri si sahihi, au akaunti imezimwa.
error-forbidden = Jukumu lako haliruhusu kitendo hiki hapa.
error-csrf-rejected = Ombi hili halikutoka kwenye kurasa za tovuti hii yenyewe. Pakia ukurasa upya kisha ujaribu tena.
error-invitation-invalid = Mwaliko huu si halali: tayari umetumika au umeisha muda.
error-weak-password = Chagua nenosiri lenye angalau herufi { $length }.
error-staff-not-found = Hakuna mfanyakazi kama huyo katika huduma ya nchi hii.
error-mail-delivery-failed = Hatukuweza kutuma barua pepe kwa sasa. Tafadhali jaribu tena baada ya dakika chache.
error-staff-email-registered = Tayari kuna mfanyakazi mwenye anwani hii ya barua pepe.
staff-invitation-subject = Mwaliko wako kwenye huduma ya chanjo ya CoWIN ya { $country }
staff-invitation-body = { $name }, umealikwa kwenye huduma ya chanjo ya CoWIN ya { $country } kama { $role }. Ili kuweka nenosiri lako, tumia nambari hii ndani ya siku { $days }: { $token }
